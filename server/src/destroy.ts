import type { Core } from '@strapi/strapi';
import { getService } from './utils';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'imports').stopAll();
  await getService(strapi, 'dispatcher').stop();
  await getService(strapi, 'providers').stop();
  await getService(strapi, 'tracking').stop();
};

export default destroy;
