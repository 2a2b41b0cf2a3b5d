'use strict';

/**
 * End-to-end run: builds the playground's admin with the built plugin (`strapi build`), starts it
 * (`strapi start`, what a production site runs) on its own port and an empty SQLite file, waits for
 * the admin, runs the browser tests, stops the server. Every wait is bounded; the server is stopped
 * whatever happens. A production build keeps Vite's on-the-fly dependency discovery (and its page
 * reloads) out of the tests.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const PORT = process.env.E2E_PORT || '1338';
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DB_FILE = '.tmp/e2e.db';
const READY_TIMEOUT_MS = 240_000;
const BUILD_TIMEOUT_MS = 600_000;
const START_SCRIPT = path.join(ROOT, 'playground', 'scripts', 'start.js');

const credentials = { email: 'e2e@playground.test', password: 'E2e-playground-2026' };

const waitForAdmin = async (server) => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The playground exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${BASE_URL}/admin/init`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The playground was not ready within ${READY_TIMEOUT_MS / 1000} s`);
};

const buildAdmin = (env, log) =>
  new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [START_SCRIPT, 'build'], { cwd: ROOT, env, stdio: ['ignore', log, log] });
    const timer = setTimeout(() => build.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    build.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`strapi build failed (exit ${code})`));
    });
  });

const main = async () => {
  // The database and, in WAL mode, its two companion files: a stale -wal would be replayed into the new one.
  for (const end of ['', '-wal', '-shm']) fs.rmSync(path.join(ROOT, 'playground', `${DB_FILE}${end}`), { force: true });
  fs.mkdirSync(path.join(__dirname, 'artifacts'), { recursive: true });
  const log = fs.openSync(path.join(__dirname, 'artifacts', 'playground.log'), 'w');
  const env = {
    NODE_ENV: 'production',
    ...process.env,
    PORT,
    HOST: '127.0.0.1',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: DB_FILE,
    PLAYGROUND_ADMIN_EMAIL: credentials.email,
    PLAYGROUND_ADMIN_PASSWORD: credentials.password,
    BROWSER: 'none',
    // Every test logs in (Strapi allows 5 logins per 5 minutes from one address by default).
    ADMIN_LOGIN_RATE_LIMIT: '500',
    // One SMS every 5 s on the simulator: the campaign-wizard test pauses, resumes and cancels a
    // campaign while it is sending, which at full speed is over before the first click.
    MC_SMS_RATE: process.env.MC_SMS_RATE ?? '0.2',
  };
  await buildAdmin(env, log);
  const server = spawn(process.execPath, [START_SCRIPT, 'start'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    await waitForAdmin(server);
    const jest = spawn(
      process.execPath,
      [
        require.resolve('jest/bin/jest', { paths: [ROOT] }),
        '--selectProjects',
        'e2e',
        '--runInBand',
        ...process.argv.slice(2),
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          E2E_BASE_URL: BASE_URL,
          E2E_EMAIL: credentials.email,
          E2E_PASSWORD: credentials.password,
        },
      }
    );
    const code = await new Promise((resolve) => jest.on('exit', (exitCode) => resolve(exitCode ?? 1)));
    process.exitCode = code;
  } catch (error) {
    console.error(String(error), '\nPlayground log: tests/e2e/artifacts/playground.log');
    process.exitCode = 1;
  } finally {
    stop();
  }
};

main();
