import type { Core } from '@strapi/strapi';
import { registerJobs } from './jobs';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Before the gateways: a gateway that binds may hand over receipts at once.
  getService(strapi, 'dispatcher').start();
  await getService(strapi, 'providers').start();
  await getService(strapi, 'attributes').ensureBuiltIns();
  await getService(strapi, 'lists').accountOptOutList();
  // Rows from before the normalised search columns: filled once, in bounded batches.
  await getService(strapi, 'searchIndex').backfill();
  await getService(strapi, 'credits').ensureAccount();
  registerJobs(strapi);
};

export default bootstrap;
