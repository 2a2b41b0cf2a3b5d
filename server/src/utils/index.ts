import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../permissions';
import type { Services } from '../services';

/** The one typed accessor for the plugin's services. */
export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;

export const uid = <Name extends string>(name: Name) => `plugin::${PLUGIN_ID}.${name}` as const;
