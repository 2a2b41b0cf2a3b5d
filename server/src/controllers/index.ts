import campaigns from './campaigns';
import contacts from './contacts';
import credits from './credits';
import dashboard from './dashboard';
import lists from './lists';
import settings from './settings';

export default { campaigns, contacts, credits, dashboard, lists, settings };
