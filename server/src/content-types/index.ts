import campaign from './campaign';
import recipient from './recipient';
import list from './list';
import listEntry from './list-entry';
import contact from './contact';
import attribute from './attribute';
import optOut from './opt-out';
import template from './template';
import shortLink from './short-link';
import creditAccount from './credit-account';
import creditTransaction from './credit-transaction';
import inboundMessage from './inbound-message';
import messagePart from './message-part';
import importJob from './import-job';

export default {
  campaign: campaign,
  recipient: recipient,
  list: list,
  'list-entry': listEntry,
  contact: contact,
  attribute: attribute,
  'opt-out': optOut,
  template: template,
  'short-link': shortLink,
  'credit-account': creditAccount,
  'credit-transaction': creditTransaction,
  'inbound-message': inboundMessage,
  'message-part': messagePart,
  'import-job': importJob,
};
