import attributes from './attributes';
import campaigns from './campaigns';
import contacts from './contacts';
import credits from './credits';
import dashboard from './dashboard';
import entries from './entries';
import imports from './imports';
import csvExports from './exports';
import lists from './lists';
import optOuts from './opt-outs';
import providers from './providers';
import receipts from './receipts';
import settings from './settings';
import validation from './validation';
import dispatcher from './dispatcher';
import testSends from './test-sends';
import searchIndex from './search-index';
import audienceSummary from './audience-summary';
import estimates from './estimates';
import campaignRules from './campaign-rules';
import campaignList from './campaign-list';
import campaignCopies from './campaign-copies';
import templates from './templates';
import tracking from './tracking';
import reports from './reports';

const services = {
  attributes,
  campaigns,
  contacts,
  credits,
  dashboard,
  entries,
  imports,
  exports: csvExports,
  lists,
  optOuts,
  providers,
  receipts,
  settings,
  validation,
  dispatcher,
  testSends,
  searchIndex,
  audienceSummary,
  estimates,
  campaignRules,
  campaignList,
  campaignCopies,
  templates,
  tracking,
  reports,
};

export type Services = typeof services;
export default services;
