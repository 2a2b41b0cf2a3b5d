/**
 * The integration suite runs on SQLite by default and on PostgreSQL or MySQL/MariaDB when
 * DATABASE_CLIENT says so. Each Strapi boot gets an empty database of its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from './strapi';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export const databaseClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql (got "${client}")`);
  }
  return client;
};

export const PLAYGROUND_DIR = join(__dirname, '..', '..', 'playground');

/** Prepares an empty database and returns the DATABASE_* variables that point Strapi at it. */
export const freshDatabase = async (): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> => {
  const client = databaseClient();
  const suffix = randomBytes(4).toString('hex');
  if (client === 'sqlite') {
    const relative = `.tmp/test-${process.pid}-${suffix}.db`;
    mkdirSync(join(PLAYGROUND_DIR, '.tmp'), { recursive: true });
    const file = join(PLAYGROUND_DIR, relative);
    // In WAL mode (playground/config/database.js) SQLite keeps two files beside the database.
    const drop = async () => ['', '-wal', '-shm'].forEach((end) => rmSync(`${file}${end}`, { force: true }));
    return { env: { DATABASE_FILENAME: relative }, drop };
  }
  const name = `mc_test_${suffix}`;
  const admin = await adminConnection(client);
  try {
    await admin.raw(
      client === 'postgres'
        ? `CREATE DATABASE "${name}"`
        : `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`
    );
  } finally {
    await admin.destroy();
  }
  return {
    env: { DATABASE_NAME: name },
    drop: async () => {
      const conn = await adminConnection(client);
      try {
        await conn.raw(
          client === 'postgres'
            ? `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`
            : `DROP DATABASE IF EXISTS \`${name}\``
        );
      } finally {
        await conn.destroy();
      }
    },
  };
};

const adminConnection = async (client: 'postgres' | 'mysql') => {
  // knex comes with Strapi; the admin connection talks to the server, not to the test database.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const knex = require('knex');
  return knex({
    client: client === 'postgres' ? 'pg' : 'mysql2',
    connection: {
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? (client === 'postgres' ? 5432 : 3306)),
      user: process.env.DATABASE_USERNAME ?? (client === 'postgres' ? 'postgres' : 'root'),
      password: process.env.DATABASE_PASSWORD ?? '',
      database: client === 'postgres' ? 'postgres' : undefined,
    },
    pool: { min: 0, max: 1 },
  });
};

/** The names of a table's indexes (only its unique ones with `unique`), on whichever database the app runs. */
export const indexNames = async (
  testApp: Pick<TestApp, 'strapi'>,
  table: string,
  { unique = false }: { unique?: boolean } = {}
): Promise<string[]> => {
  const db = testApp.strapi.db;
  const client = db.dialect.client;
  if (client === 'sqlite') {
    const rows: { name: string; unique: number }[] = await db.connection.raw(`PRAGMA index_list(${table})`);
    return rows.filter((row) => !unique || row.unique === 1).map((row) => row.name);
  }
  if (client === 'postgres') {
    const result = await db.connection.raw(
      'SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = ?',
      [table]
    );
    return (result.rows as { name: string; definition: string }[])
      .filter((row) => !unique || row.definition.startsWith('CREATE UNIQUE'))
      .map((row) => row.name);
  }
  const [rows] = await db.connection.raw(`SHOW INDEX FROM \`${table}\``);
  return [
    ...new Set(
      (rows as { Key_name: string; Non_unique: number | string }[])
        .filter((row) => !unique || Number(row.Non_unique) === 0)
        .map((row) => row.Key_name)
    ),
  ];
};
