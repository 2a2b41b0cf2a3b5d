import { PERMISSIONS } from '../permissions';

type Action = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

/** Every admin route names the action it needs; Strapi answers 401 without a session, 403 without the action. */
const guard = (actions: Action[]) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions } }],
});

/**
 * At least one action, by type: `admin::hasPermissions` with no action lets every logged-in user
 * through. Actions that depend on the row (an exclusion list's numbers) are checked by the service.
 */
const route = (method: string, path: string, handler: string, action: Action, ...more: Action[]) => ({
  method,
  path,
  handler,
  config: guard([action, ...more]),
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/dashboard', 'dashboard.get', PERMISSIONS.readCampaigns),

    route('GET', '/settings', 'settings.get', PERMISSIONS.manageSettings),
    route('PUT', '/settings', 'settings.update', PERMISSIONS.manageSettings),
    route('GET', '/settings/campaigns', 'settings.forCampaigns', PERMISSIONS.readCampaigns),

    route('GET', '/credits', 'credits.summary', PERMISSIONS.readCampaigns),
    route('POST', '/credits/top-up', 'credits.topUp', PERMISSIONS.manageSettings),
    route('GET', '/providers', 'credits.providers', PERMISSIONS.manageSettings),

    route('GET', '/campaigns', 'campaigns.find', PERMISSIONS.readCampaigns),
    route('POST', '/campaigns', 'campaigns.create', PERMISSIONS.writeCampaigns),
    // Before `/campaigns/:id`, which would take these words for an id.
    route('GET', '/campaigns/authors', 'campaigns.authors', PERMISSIONS.readCampaigns),
    // Campaign names and figures, no phone number: reading campaigns is enough.
    route('GET', '/campaigns/export', 'campaigns.export', PERMISSIONS.readCampaigns),
    route('POST', '/campaigns/audience', 'campaigns.audience', PERMISSIONS.readCampaigns),
    route('GET', '/campaigns/audience/line', 'campaigns.audienceLine', PERMISSIONS.readCampaigns),
    // Phone numbers: the CSV needs the export permission, as the lists' exports.
    route('GET', '/campaigns/:id/report.csv', 'reports.csv', PERMISSIONS.readCampaigns, PERMISSIONS.exportPersonalData),
    route('GET', '/campaigns/:id/report', 'reports.report', PERMISSIONS.readCampaigns),
    route('GET', '/campaigns/:id/recipients', 'reports.recipients', PERMISSIONS.readCampaigns),
    route('GET', '/campaigns/:id', 'campaigns.findOne', PERMISSIONS.readCampaigns),
    route('PUT', '/campaigns/:id', 'campaigns.update', PERMISSIONS.writeCampaigns),
    route('DELETE', '/campaigns/:id', 'campaigns.delete', PERMISSIONS.writeCampaigns),
    route('POST', '/campaigns/:id/duplicate', 'campaigns.duplicate', PERMISSIONS.writeCampaigns),
    route('POST', '/campaigns/:id/estimate', 'campaigns.estimate', PERMISSIONS.readCampaigns),
    route('POST', '/campaigns/:id/send', 'campaigns.send', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/test', 'campaigns.test', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/unschedule', 'campaigns.unschedule', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/pause', 'campaigns.pause', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/resume', 'campaigns.resume', PERMISSIONS.sendCampaigns),
    route('POST', '/campaigns/:id/cancel', 'campaigns.cancel', PERMISSIONS.sendCampaigns),

    route('GET', '/templates', 'templates.find', PERMISSIONS.readCampaigns),
    route('POST', '/templates', 'templates.create', PERMISSIONS.writeCampaigns),
    route('PUT', '/templates/:id', 'templates.update', PERMISSIONS.writeCampaigns),
    route('DELETE', '/templates/:id', 'templates.delete', PERMISSIONS.writeCampaigns),

    route('GET', '/lists', 'lists.find', PERMISSIONS.manageContacts),
    route('POST', '/lists', 'lists.create', PERMISSIONS.manageContacts),
    route('GET', '/lists/:id', 'lists.findOne', PERMISSIONS.manageContacts),
    route('PUT', '/lists/:id', 'lists.update', PERMISSIONS.manageContacts),
    route('DELETE', '/lists/:id', 'lists.delete', PERMISSIONS.manageContacts),
    route('GET', '/lists/:id/export', 'lists.export', PERMISSIONS.manageContacts, PERMISSIONS.exportPersonalData),
    route('POST', '/lists/:id/merge', 'lists.merge', PERMISSIONS.manageContacts),
    route('GET', '/lists/:id/entries', 'lists.findEntries', PERMISSIONS.manageContacts),
    route('POST', '/lists/:id/entries', 'lists.createEntry', PERMISSIONS.manageContacts),
    route('PUT', '/lists/:id/entries/:entryId', 'lists.updateEntry', PERMISSIONS.manageContacts),
    route('DELETE', '/lists/:id/entries/:entryId', 'lists.deleteEntry', PERMISSIONS.manageContacts),
    route('POST', '/lists/:id/entries/:entryId/exclude', 'lists.excludeEntry', PERMISSIONS.manageContacts),
    route('GET', '/lists/:id/opt-outs', 'lists.findOptOuts', PERMISSIONS.manageContacts),
    route('POST', '/lists/:id/opt-outs', 'lists.addOptOuts', PERMISSIONS.manageContacts),
    route('DELETE', '/opt-outs/:id', 'lists.deleteOptOut', PERMISSIONS.manageContacts, PERMISSIONS.removeOptOuts),

    route('GET', '/contacts', 'contacts.find', PERMISSIONS.manageContacts),
    route('POST', '/contacts', 'contacts.create', PERMISSIONS.manageContacts),
    route('GET', '/contacts/export', 'contacts.export', PERMISSIONS.manageContacts, PERMISSIONS.exportPersonalData),
    route('POST', '/contacts/add-to-list', 'contacts.addToList', PERMISSIONS.manageContacts),
    route('POST', '/contacts/create-list', 'contacts.createList', PERMISSIONS.manageContacts),
    route('POST', '/contacts/deletion-impact', 'contacts.deletionImpact', PERMISSIONS.manageContacts),
    route('POST', '/contacts/delete-many', 'contacts.deleteMany', PERMISSIONS.manageContacts),
    route('GET', '/contacts/:id', 'contacts.findOne', PERMISSIONS.manageContacts),
    route('PUT', '/contacts/:id', 'contacts.update', PERMISSIONS.manageContacts),
    route('DELETE', '/contacts/:id', 'contacts.delete', PERMISSIONS.manageContacts),

    route('POST', '/imports', 'imports.upload', PERMISSIONS.manageContacts),
    route('POST', '/imports/paste', 'imports.paste', PERMISSIONS.manageContacts),
    route('GET', '/imports', 'imports.find', PERMISSIONS.manageContacts),
    route('GET', '/imports/:id', 'imports.findOne', PERMISSIONS.manageContacts),
    route('PUT', '/imports/:id/format', 'imports.setFormat', PERMISSIONS.manageContacts),
    route('POST', '/imports/:id/analyse', 'imports.analyse', PERMISSIONS.manageContacts),
    route(
      'GET',
      '/imports/:id/rejected',
      'imports.rejected',
      PERMISSIONS.manageContacts,
      PERMISSIONS.exportPersonalData
    ),
    route('POST', '/imports/:id/start', 'imports.start', PERMISSIONS.manageContacts),
    route('POST', '/imports/:id/cancel', 'imports.cancel', PERMISSIONS.manageContacts),

    route('GET', '/attributes', 'contacts.findAttributes', PERMISSIONS.manageContacts),
    route('POST', '/attributes', 'contacts.createAttribute', PERMISSIONS.manageContacts),
    route('PUT', '/attributes/:id', 'contacts.updateAttribute', PERMISSIONS.manageContacts),
    route('DELETE', '/attributes/:id', 'contacts.deleteAttribute', PERMISSIONS.manageContacts),
  ],
};
