import campaigns from './campaigns';
import contacts from './contacts';
import credits from './credits';
import dashboard from './dashboard';
import imports from './imports';
import lists from './lists';
import reports from './reports';
import settings from './settings';
import templates from './templates';
import webhooks from './webhooks';

export default { campaigns, contacts, credits, dashboard, imports, lists, reports, settings, templates, webhooks };
