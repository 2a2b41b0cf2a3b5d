import type { Core } from '@strapi/strapi';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'providers').start();
  await getService(strapi, 'attributes').ensureBuiltIns();
  await getService(strapi, 'lists').accountOptOutList();
};

export default bootstrap;
