import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { uid } from '../utils';
import { tableOf } from '../utils/sql';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

/** The plugin's tables by role, and the one place that tells the dialect apart. */
export const storeContext = (strapi: Core.Strapi) => ({
  knex: strapi.db.connection as unknown as Knex,
  client: strapi.db.dialect.client as DatabaseClient,
  tables: {
    campaigns: tableOf(strapi, uid('campaign')),
    recipients: tableOf(strapi, uid('recipient')),
    entries: tableOf(strapi, uid('list-entry')),
    lists: tableOf(strapi, uid('list')),
    optOuts: tableOf(strapi, uid('opt-out')),
    ledger: tableOf(strapi, uid('credit-transaction')),
    accounts: tableOf(strapi, uid('credit-account')),
    inbound: tableOf(strapi, uid('inbound-message')),
    parts: tableOf(strapi, uid('message-part')),
    shortLinks: tableOf(strapi, uid('short-link')),
  },
});

export type StoreContext = ReturnType<typeof storeContext>;

/** A JSON column as the drivers give it back: parsed already (pg, mysql2 on MySQL) or as text (SQLite, MariaDB). */
export const jsonValue = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
};

/** A document id for rows written outside the Document Service (24 characters, as Strapi's). */
export const documentIds = (letter: string) => {
  const prefix = `${letter}${randomBytes(8).toString('hex').slice(0, 13)}`;
  let n = 0;
  return () => `${prefix}${(n++).toString().padStart(10, '0')}`;
};

/** Deadlocks and serialisation failures: the database rolled the statement back, running it again is safe. */
const CONFLICT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', '40P01', '40001']);

/**
 * Runs a short statement or transaction again when the database chose it as a deadlock victim.
 * InnoDB picks victims among concurrent claims, records and receipts touching neighbouring index
 * records; PostgreSQL rarely does. Bounded: the error comes through after `attempts`.
 */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= attempts || typeof code !== 'string' || !CONFLICT_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}

/**
 * A transaction whose every statement reads what is committed when it runs, on every database:
 * PostgreSQL's default. InnoDB's default (REPEATABLE READ) reads from a snapshot taken at the
 * transaction's first read, so a lock taken after that (the credit account's) would guard sums of
 * the ledger as they were before another validation committed: three validations at once on 25
 * credits reserved 27 on MariaDB before this.
 */
export const readCommitted = <T>({ knex, client }: StoreContext, run: (trx: Knex.Transaction) => Promise<T>) =>
  client === 'mysql' ? knex.transaction(run, { isolationLevel: 'read committed' }) : knex.transaction(run);

/**
 * Runs `use` with the driver's own connection: the transaction's when `trx` is one (knex hands
 * it back), else one from the pool, given back after. For the bulk paths knex has no words for
 * (PostgreSQL's COPY, SQLite's prepared statements).
 */
export async function withDriverConnection<C, T>(trx: Knex | Knex.Transaction, use: (connection: C) => Promise<T>) {
  const client = trx.client as {
    acquireConnection(): Promise<C>;
    releaseConnection(connection: C): Promise<void>;
  };
  const connection = await client.acquireConnection();
  try {
    return await use(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}
