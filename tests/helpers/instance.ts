/**
 * Strapi instances in child processes on one database: SIGKILL one in the middle of a campaign,
 * start another, or run two side by side (scale-out). Loopback only, every wait bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN, login, testSecrets } from './strapi';

/** Secrets shared by the instances of one test: a second one must accept the first one's sessions. */
export const instanceSecrets = testSecrets;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export interface Instance {
  child: ChildProcess;
  url: string;
  http: () => ReturnType<typeof request>;
  adminToken: string;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | string | null>;
  kill(signal?: NodeJS.Signals): Promise<number | string | null>;
}

export const startInstance = async (env: Record<string, string>, timeoutMs = 90_000): Promise<Instance> => {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'instance-child.js')], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal))
  );
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('INSTANCE_READY')) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The instance stopped:\n${output.slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The instance did not start in time:\n${output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = `http://127.0.0.1:${port}`;
  const http = () => request(url);
  return {
    child,
    url,
    http,
    adminToken: await login(http, ADMIN.email, ADMIN.password),
    output: () => output,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
};

/** A connection of the test's own to the instances' database, to read what they wrote. */
export const openDatabase = (env: Record<string, string>) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const knex = require('knex');
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client === 'sqlite') {
    return knex({
      client: 'better-sqlite3',
      connection: { filename: join(__dirname, '..', '..', 'playground', env.DATABASE_FILENAME!) },
      useNullAsDefault: true,
    });
  }
  return knex({
    client: client === 'postgres' ? 'pg' : 'mysql2',
    connection: {
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? (client === 'postgres' ? 5432 : 3306)),
      user: process.env.DATABASE_USERNAME ?? (client === 'postgres' ? 'postgres' : 'root'),
      password: process.env.DATABASE_PASSWORD ?? '',
      database: env.DATABASE_NAME,
    },
    pool: { min: 0, max: 2 },
  });
};
