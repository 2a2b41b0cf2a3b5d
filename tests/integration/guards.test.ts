/**
 * Hardening (issue #9): the playground's binding, settings that fall back field by field,
 * exclusion lists that only opt-out removers may delete or merge away, lists kept while a
 * campaign names them, and first starts on several instances at once.
 */
import { join } from 'node:path';
import { bearer, startApp, type TestApp } from '../helpers/strapi';
import { PLAYGROUND_DIR } from '../helpers/database';

let app: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(app.adminToken);
});

afterAll(async () => {
  await app?.stop();
});

const api = () => app.http();

/** Strapi's `env` helper, reading a given set of variables instead of process.env. */
const fakeEnv = (vars: Record<string, string>) => {
  const env = (key: string, fallback?: unknown) => vars[key] ?? fallback;
  env.int = (key: string, fallback?: number) => (key in vars ? Number.parseInt(vars[key], 10) : fallback);
  env.array = (key: string, fallback?: string[]) => (key in vars ? vars[key].split(',') : fallback);
  env.bool = (key: string, fallback?: boolean) => (key in vars ? vars[key] === 'true' : fallback);
  return env;
};

describe('Given the playground server config', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const serverConfig = require(join(PLAYGROUND_DIR, 'config', 'server.js'));

  it('When HOST is not set, Then it listens on 127.0.0.1 only', () => {
    expect(serverConfig({ env: fakeEnv({ APP_KEYS: 'a,b' }) }).host).toBe('127.0.0.1');
  });

  it('When HOST is set, Then it listens there', () => {
    expect(serverConfig({ env: fakeEnv({ APP_KEYS: 'a,b', HOST: '0.0.0.0' }) }).host).toBe('0.0.0.0');
  });
});

describe('Given stored settings with one field that no longer parses', () => {
  const store = () => app.strapi.store({ type: 'plugin', name: 'mobile-campaigns', key: 'settings' });

  afterEach(async () => {
    jest.restoreAllMocks();
    await store().delete({});
  });

  it('When the settings are read, Then every other field is kept, the bad one gets its default, and the field is logged', async () => {
    const current = await api().get('/mobile-campaigns/settings').set(admin);
    expect(current.status).toBe(200);
    await store().set({
      value: {
        ...current.body.data,
        creditMode: 'limited',
        maxSegments: 4,
        smsSender: 'Boutique',
        defaultCountry: 'BE',
        allowedCountries: ['BE', 'FR'],
        listRetentionMonths: null,
        timeZone: 42,
      },
    });
    const warn = jest.spyOn(app.strapi.log, 'warn');

    const response = await api().get('/mobile-campaigns/settings').set(admin);

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      ...current.body.data,
      creditMode: 'limited',
      maxSegments: 4,
      smsSender: 'Boutique',
      defaultCountry: 'BE',
      allowedCountries: ['BE', 'FR'],
      listRetentionMonths: null,
      timeZone: 'Europe/Paris',
    });
    const logged = warn.mock.calls.map((call) => String(call[0]));
    expect(logged).toEqual([expect.stringContaining('timeZone')]);
    expect(logged[0]).not.toMatch(/creditMode|maxSegments|smsSender/);
  });

  it('When the stored value is not an object at all, Then the defaults are used and that is logged', async () => {
    await store().set({ value: 'garbage' });
    const warn = jest.spyOn(app.strapi.log, 'warn');

    const response = await api().get('/mobile-campaigns/settings').set(admin);

    expect(response.status).toBe(200);
    expect(response.body.data.creditMode).toBe('unlimited');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
