/**
 * Hardening (issue #9): the playground's binding, settings that fall back field by field,
 * exclusion lists that only opt-out removers may delete or merge away, lists kept while a
 * campaign names them, and first starts on several instances at once.
 */
import { join } from 'node:path';
import { PLAYGROUND_DIR } from '../helpers/database';

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
