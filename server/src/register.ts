import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS, PLUGIN_ID } from './permissions';
import type { TrackingService } from './services/tracking';
import { getService, uid } from './utils';
import { webhookBodyTap } from './utils/raw-body';

/** The part of @strapi/plugin-graphql's `extension` service used here (that plugin is optional). */
interface GraphQLExtension {
  shadowCRUD: (uid: string) => { disable: () => unknown };
}

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.admin.services.permission.actionProvider.registerMany(ACTION_DEFINITIONS);
  hideFromGraphQL(strapi);
  // Here, not in bootstrap: Strapi installs the app's middlewares (its body parser first of all)
  // between register and bootstrap, and the tap must see the body before the parser reads it.
  strapi.server.use(webhookBodyTap(`/${PLUGIN_ID}/webhooks/`));
  // Short links answer before Strapi's middlewares too: a redirect needs no session, body or auth.
  // The service is asked for at the first request: the database's metadata is not loaded yet here.
  let shortLinks: ReturnType<TrackingService['middleware']> | null = null;
  strapi.server.use((ctx, next) => (shortLinks ??= getService(strapi, 'tracking').middleware())(ctx, next));
};

/**
 * GraphQL's shadow CRUD would give every content type queries and mutations open to any API token
 * allowed to `find`: the contact directory and the opt-outs would be readable, and deletable, outside
 * the RBAC-guarded admin API. Every plugin's services exist before any `register` runs, so the order
 * of the plugins does not matter; GraphQL builds its schema later, in its bootstrap.
 */
const hideFromGraphQL = (strapi: Core.Strapi) => {
  const extension = strapi.plugin('graphql')?.service('extension') as GraphQLExtension | undefined;
  if (!extension) return;
  for (const name of Object.keys(strapi.plugin(PLUGIN_ID).contentTypes)) {
    extension.shadowCRUD(uid(name)).disable();
  }
};

export default register;
