import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { postgresWriter, mysqlWriter } from './bulk-sql';
import { sqliteWriter } from './bulk-sqlite';

/**
 * The import's bulk writes, on each database's fast path: prepared statements in one transaction
 * per batch on SQLite, `INSERT … SELECT FROM unnest(arrays)` on PostgreSQL (one statement and
 * thirteen parameters per batch, near COPY speed), multi-row INSERTs on MySQL. Rows get what the
 * Query Engine would give them (document id, timestamps, published_at) so that every service sees
 * them like any other row. Every row carries `import_id`, which is how a cancelled import is
 * rolled back.
 */
export interface NewContact {
  phone: string;
  country: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  /** JSON text of the typed attributes. */
  attributes: string;
}

export interface NewEntry {
  contactId: number | null;
  line: number;
  phoneRaw: string;
  phone: string | null;
  country: string | null;
  valid: boolean;
  reason: string | null;
  /** JSON text of the list fields. */
  fields: string;
}

export interface BulkWriter {
  /**
   * One batch of a contact list: the contacts the directory lacks are created (the others kept),
   * then the list rows `entriesFor` builds with every number's contact id are inserted.
   */
  writeList(
    listId: number,
    contacts: NewContact[],
    entriesFor: (ids: Map<string, number>) => NewEntry[]
  ): Promise<{ created: number; entries: number }>;
  /** Adds numbers to an exclusion list, skipping those it holds; returns how many were added. */
  insertOptOuts(listId: number, phones: string[]): Promise<number>;
  /** The numbers among these that the list holds already (appending to a list skips them). */
  existingPhones(listId: number, phones: string[]): Promise<Set<string>>;
}

/** Document ids unique across imports: a random prefix per writer and a counter, 24 characters. */
export const documentIds = () => {
  const prefix = `i${randomBytes(8).toString('hex').slice(0, 13)}`;
  let counter = 0;
  return () => prefix + (counter++).toString(36).padStart(10, '0');
};

export interface Tables {
  contacts: string;
  entries: string;
  optOuts: string;
}

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

/**
 * A writer on `knex`: the import worker's own connection to Strapi's database, so that rows never
 * pass through Strapi's thread (nor its connection pool: SQLite's single connection stays free for
 * requests between two batches).
 */
export function createBulkWriter(knex: Knex, client: DatabaseClient, tables: Tables, importId: number): BulkWriter {
  const writer =
    client === 'postgres'
      ? postgresWriter(knex, tables, importId)
      : client === 'mysql'
        ? mysqlWriter(knex, tables, importId)
        : sqliteWriter(knex, tables, importId);
  return {
    ...writer,
    async existingPhones(listId, phones) {
      const rows: { phone: string }[] = await knex(tables.entries)
        .select('phone')
        .where('list_id', listId)
        .whereIn('phone', phones);
      return new Set(rows.map((row) => row.phone));
    },
  };
}
