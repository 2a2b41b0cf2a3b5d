import campaigns from './campaigns';
import credits from './credits';
import dashboard from './dashboard';
import settings from './settings';

export default { campaigns, credits, dashboard, settings };
