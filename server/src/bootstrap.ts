import type { Core } from '@strapi/strapi';
import { registerJobs } from './jobs';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'providers').start();
  await getService(strapi, 'attributes').ensureBuiltIns();
  await getService(strapi, 'lists').accountOptOutList();
  await getService(strapi, 'credits').ensureAccount();
  getService(strapi, 'dispatcher').start();
  registerJobs(strapi);
};

export default bootstrap;
