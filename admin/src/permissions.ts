import type { Permission } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../../server/src/permissions';

/** What `Page.Protect`, `useRBAC` and menu links compare against: an action on no subject. */
type RequiredPermission = Pick<Permission, 'action' | 'subject'>;

const requires = (action: string): RequiredPermission[] => [{ action, subject: null }];

export const PAGE_PERMISSIONS = {
  dashboard: requires(PERMISSIONS.readCampaigns),
  settings: requires(PERMISSIONS.manageSettings),
  contacts: requires(PERMISSIONS.manageContacts),
} as const;

/**
 * For `useRBAC`: it names each allowed action after the last segment of its id, so
 * `plugin::mobile-campaigns.campaigns.write` becomes `allowedActions.canWrite`.
 */
export const CAMPAIGN_ACTIONS = requires(PERMISSIONS.writeCampaigns);

/** The campaigns page: `canWrite` (edit, duplicate, delete) and `canSend` (schedule, pause, resume, cancel). */
export const SEND_ACTIONS = [...requires(PERMISSIONS.writeCampaigns), ...requires(PERMISSIONS.sendCampaigns)];

/**
 * Contacts pages: `canManage` (contacts.manage), `canRemove` (opt-outs.remove: take a number out
 * of an exclusion list) and `canPersonalData` (exports.personal-data: CSV exports).
 */
export const CONTACT_ACTIONS = [
  ...requires(PERMISSIONS.manageContacts),
  ...requires(PERMISSIONS.removeOptOuts),
  ...requires(PERMISSIONS.exportPersonalData),
];

/** The campaign report's CSV downloads: `canPersonalData` (exports.personal-data), as the server requires. */
export const REPORT_EXPORT_ACTIONS = requires(PERMISSIONS.exportPersonalData);

/**
 * Menu and settings links are typed with full `Permission` objects, but the admin only reads
 * `action` and `subject` from them (as Strapi's own plugins pass `{ action, subject: null }`).
 */
export const asLinkPermissions = (permissions: readonly RequiredPermission[]) => permissions as unknown as Permission[];
