import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './permissions';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.admin.services.permission.actionProvider.registerMany(ACTION_DEFINITIONS);
};

export default register;
