import type { Knex } from 'knex';
import { documentIds, type BulkWriter, type NewContact, type NewEntry, type Tables } from './bulk';

/** SQLite: prepared statements, one transaction per batch (see `bulk.ts`). */
type SqliteStatement = {
  run(...values: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...values: unknown[]): unknown;
};
type SqliteDatabase = { prepare(sql: string): SqliteStatement; transaction(fn: () => void): () => void };

export const sqliteWriter = (knex: Knex, tables: Tables, importId: number): Omit<BulkWriter, 'existingPhones'> => {
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
