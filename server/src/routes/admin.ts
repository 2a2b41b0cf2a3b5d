import { PERMISSIONS } from '../permissions';

/** Every admin route names the action it needs; Strapi answers 401 without a session, 403 without the action. */
const guard = (...actions: string[]) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions } }],
});

const route = (method: string, path: string, handler: string, ...actions: string[]) => ({
  method,
  path,
  handler,
  config: guard(...actions),
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/dashboard', 'dashboard.get', PERMISSIONS.readCampaigns),

    route('GET', '/settings', 'settings.get', PERMISSIONS.manageSettings),
    route('PUT', '/settings', 'settings.update', PERMISSIONS.manageSettings),

    route('GET', '/credits', 'credits.summary', PERMISSIONS.readCampaigns),
    route('POST', '/credits/top-up', 'credits.topUp', PERMISSIONS.manageSettings),
    route('GET', '/providers', 'credits.providers', PERMISSIONS.manageSettings),

    route('GET', '/campaigns', 'campaigns.find', PERMISSIONS.readCampaigns),
    route('POST', '/campaigns', 'campaigns.create', PERMISSIONS.writeCampaigns),
    route('GET', '/campaigns/:id', 'campaigns.findOne', PERMISSIONS.readCampaigns),
    route('PUT', '/campaigns/:id', 'campaigns.update', PERMISSIONS.writeCampaigns),
    route('DELETE', '/campaigns/:id', 'campaigns.delete', PERMISSIONS.writeCampaigns),
    route('POST', '/campaigns/:id/send', 'campaigns.send', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/unschedule', 'campaigns.unschedule', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/pause', 'campaigns.pause', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/resume', 'campaigns.resume', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/cancel', 'campaigns.cancel', PERMISSIONS.sendCampaigns),
  ],
};
