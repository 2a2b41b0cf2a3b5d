import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { uid } from '../../utils';
import { tableOf } from '../../utils/sql';

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
   * Rows per batch on this database: larger on SQLite, where each commit rewrites every page the
   * batch touched in the number indexes (their keys arrive in no order).
   */
  batchRows: number;
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
}

/** Document ids unique across imports: a random prefix per writer and a counter, 24 characters. */
const documentIds = () => {
  const prefix = `i${randomBytes(8).toString('hex').slice(0, 13)}`;
  let counter = 0;
  return () => prefix + (counter++).toString(36).padStart(10, '0');
};

interface Tables {
  contacts: string;
  entries: string;
  optOuts: string;
}

type SqliteStatement = {
  run(...values: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...values: unknown[]): unknown;
};
type SqliteDatabase = { prepare(sql: string): SqliteStatement; transaction(fn: () => void): () => void };

const sqliteWriter = (strapi: Core.Strapi, tables: Tables, importId: number): BulkWriter => {
  const knex = strapi.db.connection;
  const nextId = documentIds();
  const statements = new WeakMap<object, Record<string, SqliteStatement>>();

  /** Runs `fn` in one transaction on the single SQLite connection, then gives it back to other requests. */
  const inTransaction = async <T>(fn: (prepared: Record<string, SqliteStatement>) => T): Promise<T> => {
    const db = (await knex.client.acquireConnection()) as SqliteDatabase;
    try {
      let prepared = statements.get(db);
      if (!prepared) {
        prepared = {
          contact: db.prepare(
            `INSERT INTO ${tables.contacts} (document_id, phone, country, first_name, last_name, email, attributes, import_id, created_at, updated_at, published_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (phone) DO NOTHING`
          ),
          contactId: db.prepare(`SELECT id FROM ${tables.contacts} WHERE phone = ?`),
          entry: db.prepare(
            `INSERT INTO ${tables.entries} (document_id, list_id, contact_id, line, phone_raw, phone, country, valid, reason, fields, import_id, created_at, updated_at, published_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          ),
          optOut: db.prepare(
            `INSERT INTO ${tables.optOuts} (document_id, list_id, phone, source, import_id, created_at, updated_at, published_at)
             VALUES (?, ?, ?, 'import', ?, ?, ?, ?) ON CONFLICT (list_id, phone) DO NOTHING`
          ),
        };
        statements.set(db, prepared);
      }
      let result!: T;
      const statementsOfDb = prepared;
      db.transaction(() => {
        result = fn(statementsOfDb);
      })();
      return result;
    } finally {
      await knex.client.releaseConnection(db);
      // The connection goes to the requests that waited for it before this import takes it again.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  const upsertContacts = ({ contact, contactId }: Record<string, SqliteStatement>, rows: NewContact[]) => {
    const now = Date.now();
    const ids = new Map<string, number>();
    let created = 0;
    for (const row of rows) {
      // `run` and the row id, not RETURNING: RETURNING makes each insert about 8 times slower here.
      const { changes, lastInsertRowid } = contact.run(
        nextId(),
        row.phone,
        row.country,
        row.firstName,
        row.lastName,
        row.email,
        row.attributes,
        importId,
        now,
        now,
        now
      );
      if (changes === 1) created += 1;
      ids.set(row.phone, changes === 1 ? Number(lastInsertRowid) : (contactId.get(row.phone) as { id: number }).id);
    }
    return { ids, created };
  };

  const insertEntries = ({ entry }: Record<string, SqliteStatement>, listId: number, rows: NewEntry[]) => {
    const now = Date.now();
    for (const row of rows) {
      entry.run(
        nextId(),
        listId,
        row.contactId,
        row.line,
        row.phoneRaw,
        row.phone,
        row.country,
        row.valid ? 1 : 0,
        row.reason,
        row.fields,
        importId,
        now,
        now,
        now
      );
    }
  };

  return {
    batchRows: 20_000,
    writeList: (listId, contacts, entriesFor) =>
      inTransaction((prepared) => {
        const { ids, created } = upsertContacts(prepared, contacts);
        const entries = entriesFor(ids);
        insertEntries(prepared, listId, entries);
        return { created, entries: entries.length };
      }),
    insertOptOuts: (listId, phones) =>
      inTransaction(({ optOut }) => {
        const now = Date.now();
        let added = 0;
        for (const phone of phones) {
          added += optOut.run(nextId(), listId, phone, importId, now, now, now).changes;
        }
        return added;
      }),
  };
};

/** PostgreSQL and MySQL: contacts, then list rows, each statement on its own (autocommitted). */
const inSteps = (writer: {
  upsertContacts(rows: NewContact[]): Promise<{ ids: Map<string, number>; created: number }>;
  insertEntries(listId: number, rows: NewEntry[]): Promise<void>;
  insertOptOuts(listId: number, phones: string[]): Promise<number>;
}): BulkWriter => ({
  batchRows: 10_000,
  insertOptOuts: writer.insertOptOuts,
  async writeList(listId, contacts, entriesFor) {
    const { ids, created } = contacts.length
      ? await writer.upsertContacts(contacts)
      : { ids: new Map<string, number>(), created: 0 };
    const entries = entriesFor(ids);
    if (entries.length > 0) await writer.insertEntries(listId, entries);
    return { created, entries: entries.length };
  },
});

const postgresWriter = (strapi: Core.Strapi, tables: Tables, importId: number): BulkWriter => {
  const knex = strapi.db.connection;
  const nextId = documentIds();
  const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

  const writer = {
    async upsertContacts(rows: NewContact[]) {
      const now = new Date();
      const inserted = rowsOf(
        await knex.raw(
          `INSERT INTO ${tables.contacts} (document_id, phone, country, first_name, last_name, email, attributes, import_id, created_at, updated_at, published_at)
           SELECT d, p, c, f, l, e, a::jsonb, ?, ?, ?, ?
           FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(d, p, c, f, l, e, a)
           ON CONFLICT (phone) DO NOTHING RETURNING id, phone`,
          [
            importId,
            now,
            now,
            now,
            rows.map(() => nextId()),
            rows.map((row) => row.phone),
            rows.map((row) => row.country),
            rows.map((row) => row.firstName),
            rows.map((row) => row.lastName),
            rows.map((row) => row.email),
            rows.map((row) => row.attributes),
          ]
        )
      );
      const ids = new Map(inserted.map((row) => [String(row.phone), Number(row.id)]));
      const missing = rows.map((row) => row.phone).filter((phone) => !ids.has(phone));
      if (missing.length > 0) {
        const existing = rowsOf(
          await knex.raw(`SELECT id, phone FROM ${tables.contacts} WHERE phone = ANY(?::text[])`, [missing])
        );
        for (const row of existing) ids.set(String(row.phone), Number(row.id));
      }
      return { ids, created: inserted.length };
    },
    async insertEntries(listId: number, rows: NewEntry[]) {
      const now = new Date();
      await knex.raw(
        `INSERT INTO ${tables.entries} (document_id, list_id, contact_id, line, phone_raw, phone, country, valid, reason, fields, import_id, created_at, updated_at, published_at)
         SELECT d, ?, ci, ln, pr, p, c, v, r, f::jsonb, ?, ?, ?, ?
         FROM unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[])
           AS u(d, ci, ln, pr, p, c, v, r, f)`,
        [
          listId,
          importId,
          now,
          now,
          now,
          rows.map(() => nextId()),
          rows.map((row) => row.contactId),
          rows.map((row) => row.line),
          rows.map((row) => row.phoneRaw),
          rows.map((row) => row.phone),
          rows.map((row) => row.country),
          rows.map((row) => row.valid),
          rows.map((row) => row.reason),
          rows.map((row) => row.fields),
        ]
      );
    },
    async insertOptOuts(listId: number, phones: string[]) {
      const now = new Date();
      const inserted = rowsOf(
        await knex.raw(
          `INSERT INTO ${tables.optOuts} (document_id, list_id, phone, source, import_id, created_at, updated_at, published_at)
           SELECT d, ?, p, 'import', ?, ?, ?, ? FROM unnest(?::text[], ?::text[]) AS u(d, p)
           ON CONFLICT (list_id, phone) DO NOTHING RETURNING id`,
          [listId, importId, now, now, now, phones.map(() => nextId()), phones]
        )
      );
      return inserted.length;
    },
  };
  return inSteps(writer);
};

/** MySQL and MariaDB: multi-row INSERT IGNORE (the unique indexes skip what exists). */
const mysqlWriter = (strapi: Core.Strapi, tables: Tables, importId: number): BulkWriter => {
  const knex = strapi.db.connection;
  const nextId = documentIds();
  const CHUNK = 1000;
  const stamps = () => {
    const now = new Date();
    return { import_id: importId, created_at: now, updated_at: now, published_at: now };
  };
  const insertIgnore = async (table: string, rows: Record<string, unknown>[]) => {
    let affected = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const [result] = (await knex.raw(
        knex(table)
          .insert(rows.slice(i, i + CHUNK))
          .toQuery()
          .replace(/^insert/i, 'INSERT IGNORE')
      )) as [{ affectedRows: number }];
      affected += result.affectedRows;
    }
    return affected;
  };

  const writer = {
    async upsertContacts(rows: NewContact[]) {
      const base = stamps();
      const created = await insertIgnore(
        tables.contacts,
        rows.map((row) => ({
          ...base,
          document_id: nextId(),
          phone: row.phone,
          country: row.country,
          first_name: row.firstName,
          last_name: row.lastName,
          email: row.email,
          attributes: row.attributes,
        }))
      );
      const ids = new Map<string, number>();
      for (let i = 0; i < rows.length; i += CHUNK) {
        const found: { id: number; phone: string }[] = await knex(tables.contacts)
          .select('id', 'phone')
          .whereIn(
            'phone',
            rows.slice(i, i + CHUNK).map((row) => row.phone)
          );
        for (const row of found) ids.set(row.phone, Number(row.id));
      }
      return { ids, created };
    },
    async insertEntries(listId: number, rows: NewEntry[]) {
      const base = stamps();
      const data = rows.map((row) => ({
        ...base,
        document_id: nextId(),
        list_id: listId,
        contact_id: row.contactId,
        line: row.line,
        phone_raw: row.phoneRaw,
        phone: row.phone,
        country: row.country,
        valid: row.valid,
        reason: row.reason,
        fields: row.fields,
      }));
      for (let i = 0; i < data.length; i += CHUNK) await knex(tables.entries).insert(data.slice(i, i + CHUNK));
    },
    async insertOptOuts(listId: number, phones: string[]) {
      const base = stamps();
      return insertIgnore(
        tables.optOuts,
        phones.map((phone) => ({ ...base, document_id: nextId(), list_id: listId, phone, source: 'import' }))
      );
    },
  };
  return inSteps(writer);
};

export function createBulkWriter(strapi: Core.Strapi, importId: number): BulkWriter {
  const tables: Tables = {
    contacts: tableOf(strapi, uid('contact')),
    entries: tableOf(strapi, uid('list-entry')),
    optOuts: tableOf(strapi, uid('opt-out')),
  };
  switch (strapi.db.dialect.client) {
    case 'postgres':
      return postgresWriter(strapi, tables, importId);
    case 'mysql':
      return mysqlWriter(strapi, tables, importId);
    default:
      return sqliteWriter(strapi, tables, importId);
  }
}
