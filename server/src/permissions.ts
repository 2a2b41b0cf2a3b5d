/**
 * The plugin's admin actions, declared once. `register` hands them to Strapi's
 * action provider; routes and admin pages refer to them through `PERMISSIONS`.
 */
export const PLUGIN_ID = 'mobile-campaigns';

const ACTIONS = {
  readCampaigns: { uid: 'campaigns.read', displayName: 'Read campaigns and reports', subCategory: 'campaigns' },
  writeCampaigns: { uid: 'campaigns.write', displayName: 'Create and edit campaigns', subCategory: 'campaigns' },
  sendCampaigns: {
    uid: 'campaigns.send',
    displayName: 'Send, schedule, pause and cancel campaigns',
    subCategory: 'campaigns',
  },
  manageContacts: {
    uid: 'contacts.manage',
    displayName: 'Manage lists, contacts and exclusion lists',
    subCategory: 'contacts',
  },
  removeOptOuts: {
    uid: 'opt-outs.remove',
    displayName: 'Remove numbers from exclusion lists',
    subCategory: 'contacts',
  },
  exportPersonalData: {
    uid: 'exports.personal-data',
    displayName: 'Export personal data (phone numbers)',
    subCategory: 'exports',
  },
  manageSettings: { uid: 'settings.manage', displayName: 'Manage settings and credits', subCategory: 'settings' },
} as const;

export type ActionKey = keyof typeof ACTIONS;

/** Full action ids, e.g. `plugin::mobile-campaigns.campaigns.send`. */
export const PERMISSIONS = Object.fromEntries(
  Object.entries(ACTIONS).map(([key, action]) => [key, `plugin::${PLUGIN_ID}.${action.uid}`])
) as { readonly [K in ActionKey]: `plugin::${typeof PLUGIN_ID}.${(typeof ACTIONS)[K]['uid']}` };

/** The shape `actionProvider.registerMany` expects. */
export const ACTION_DEFINITIONS = Object.values(ACTIONS).map((action) => ({
  section: 'plugins' as const,
  pluginName: PLUGIN_ID,
  ...action,
}));
