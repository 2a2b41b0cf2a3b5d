/**
 * Boots the real playground Strapi (with the built plugin) on an empty database and gives the
 * tests an HTTP client, like a developer's app would run it. One Strapi per test file.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { freshDatabase, PLAYGROUND_DIR } from './database';

export const ADMIN = { email: 'admin@playground.test', password: 'Integration-2026' };

export interface TestApp {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof request>;
  /** A logged-in super admin's token. */
  adminToken: string;
  stop: () => Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

/** Fresh secrets and the playground's first admin, for one test's Strapi (or the instances it shares a database with). */
export const testSecrets = (): Record<string, string> => ({
  NODE_ENV: 'test',
  APP_KEYS: [secret(), secret()].join(','),
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  PLAYGROUND_ADMIN_EMAIL: ADMIN.email,
  PLAYGROUND_ADMIN_PASSWORD: ADMIN.password,
  PLAYGROUND_QUIET: 'true',
});

/** `appDir`: another test app (tests/apps/*) built on the playground's config; the playground by default. */
export const startApp = async ({ appDir = PLAYGROUND_DIR }: { appDir?: string } = {}): Promise<TestApp> => {
  const database = await freshDatabase();
  Object.assign(process.env, {
    ...testSecrets(),
    SIMULATOR_RECEIPT_DELAY_MS: '30,60',
    ...database.env,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = await createStrapi({ appDir, distDir: appDir }).load();
  strapi.log.level = 'error';
  await strapi.server.mount();
  const http = () => request(strapi.server.httpServer);
  const adminToken = await login(http, ADMIN.email, ADMIN.password);
  return {
    strapi,
    http,
    adminToken,
    stop: async () => {
      await strapi.destroy();
      await database.drop();
    },
  };
};

export const login = async (http: TestApp['http'], email: string, password: string): Promise<string> => {
  const response = await http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`Login failed for ${email}: ${response.status} ${response.text}`);
  return response.body.data.token as string;
};

/** An admin user whose role holds exactly the given plugin actions. Returns its token. */
export const userWithActions = async (app: TestApp, name: string, actions: string[]): Promise<string> => {
  const roles = app.strapi.service('admin::role') as any;
  const role = await roles.create({ name, description: `Test role ${name}` });
  await roles.assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, conditions: [], properties: {} }))
  );
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@playground.test`;
  const password = 'Role-user-2026';
  await (app.strapi.service('admin::user') as any).create({
    email,
    firstname: name,
    lastname: 'Tester',
    password,
    isActive: true,
    roles: [role.id],
  });
  return login(app.http, email, password);
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
