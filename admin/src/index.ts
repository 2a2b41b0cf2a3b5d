import type { StrapiApp } from '@strapi/strapi/admin';

import { PluginIcon } from './components/PluginIcon';
import { asLinkPermissions, PAGE_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Mobile Campaigns' },
      // Only hides the link: every page checks its own permissions with Page.Protect.
      permissions: asLinkPermissions(PAGE_PERMISSIONS.dashboard),
      Component: () => import('./pages/App'),
    });

    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app) {
    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Mobile Campaigns' },
      permissions: asLinkPermissions(PAGE_PERMISSIONS.settings),
      Component: () => import('./pages/SettingsPage').then((mod) => ({ default: mod.ProtectedSettingsPage })),
    });
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          const prefixed: Record<string, string> = {};
          for (const [key, value] of Object.entries(data)) {
            prefixed[getTranslation(key)] = value;
          }
          return { data: prefixed, locale };
        } catch {
          // No translation file for this locale: the admin falls back to the default messages.
          return { data: {}, locale };
        }
      })
    );
  },
};

export default plugin;
