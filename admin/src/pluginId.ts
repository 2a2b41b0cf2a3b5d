/** The plugin id, shared with the server so routes, permissions and translation keys agree. */
export { PLUGIN_ID } from '../../server/src/permissions';
