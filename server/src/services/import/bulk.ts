import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { mysqlDialect, postgresDialect, STAGE_TABLE, type Dialect } from './bulk-sql';
import { sqliteDialect } from './bulk-sqlite';
import { UPDATE_SQL } from './update-sql';

/**
 * The import's writes, in two steps on the worker's own connection.
 *
 * 1. While the file is parsed, rows are staged in a temporary table of that connection: no
 *    index but its row number, no log (PostgreSQL), no lock on the plugin's tables (SQLite's
 *    single writer stays free for Strapi), each database's bulk path.
 * 2. Then, a chunk at a time, one `INSERT … SELECT` per table moves them into the plugin's tables,
 *    and the database does the rest in its own engine: the directory keeps the contacts it has
 *    (`ON CONFLICT DO NOTHING`, `INSERT IGNORE`), list rows get their contact's id by a join on
 *    the number, numbers already in an appended list are skipped. Contacts go in number order,
 *    which keeps the directory's unique index local.
 *
 * Rows get what the Query Engine would give them (document id, timestamps, published_at) so
 * that every service sees them like any other row, and each carries `import_id`, which is how a
 * cancelled import is rolled back. Measured with `bench:import` (issue 4).
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

/** A row of the file as the import writes it. */
export interface StagedRow {
  line: number;
  phoneRaw: string;
  phone: string | null;
  country: string | null;
  valid: boolean;
  reason: string | null;
  /** JSON text of the list fields. */
  fields: string;
  /** The directory contact of a valid number, when the list feeds the directory. */
  contact: NewContact | null;
}

export interface Tables {
  contacts: string;
  entries: string;
  optOuts: string;
}

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface ImportTarget {
  listId: number;
  listKind: 'contacts' | 'exclusion';
  /** Rows of an existing list are numbered after its last row. */
  lineOffset: number;
  /** The list had rows before: its numbers are not added twice. */
  appending: boolean;
  /** Contacts go to the directory too (else list rows only, without a contact). */
  directory: boolean;
  /** The file's mapped values overwrite those of contacts that existed before ("update existing contacts"). */
  updateExisting: boolean;
  /** Invalid numbers are kept in a contact list, flagged (the default); false leaves them out. */
  keepInvalid?: boolean;
}

export interface ImportCounts {
  added: number;
  created: number;
  /** Contacts that existed before and got the file's values. */
  updated: number;
  alreadyPresent: number;
}

export interface StagedImport {
  /** Adds parsed rows to the staging table. */
  stage(rows: StagedRow[]): Promise<void>;
  /** Moves the staged rows into the plugin's tables; yields the rows written after each chunk. */
  copy(): AsyncGenerator<number>;
  readonly counts: ImportCounts;
  /** Drops the staging table and gives the connection back; safe to call after any failure. */
  close(): Promise<void>;
}

/**
 * Staged rows per `INSERT … SELECT`: SQLite's write lock is held a quarter of a second or so, and
 * a cancel waits no longer than a chunk.
 */
const COPY_CHUNK = 50_000;

/** Document ids unique across imports: a random prefix per import and the row's number, 24 characters. */
const documentPrefix = () => `i${randomBytes(8).toString('hex').slice(0, 13)}`;

const DIALECTS: Record<DatabaseClient, (knex: Knex, connection: unknown) => Dialect> = {
  sqlite: sqliteDialect,
  postgres: postgresDialect,
  mysql: mysqlDialect,
};

export async function openStagedImport(
  knex: Knex,
  client: DatabaseClient,
  tables: Tables,
  importId: number,
  target: ImportTarget
): Promise<StagedImport> {
  // One connection for the whole import: a temporary table lives and dies with its connection.
  const connection: unknown = await knex.client.acquireConnection();
  const dialect = DIALECTS[client](knex, connection);
  try {
    await dialect.createStage(tables);
  } catch (error) {
    await knex.client.releaseConnection(connection);
    throw error;
  }
  const counts: ImportCounts = { added: 0, created: 0, updated: 0, alreadyPresent: 0 };
  const prefix = documentPrefix();
  let staged = 0;
  /** Valid rows per copy chunk, counted while staging (a chunk's "added" is its valid rows not already listed). */
  const validPerChunk: number[] = [];
  let closed = false;

  async function* copy(): AsyncGenerator<number> {
    if (staged > 0) await dialect.analyseStage();
    const now = new Date();
    const stamps = [importId, now, now, now];
    const docId = dialect.documentId('s.seq');
    const inList = `EXISTS (SELECT 1 FROM ${tables.entries} e WHERE e.list_id = ? AND e.phone = s.phone)`;
    let written = 0;
    for (let low = 1, chunk = 0; low <= staged; low += COPY_CHUNK, chunk++) {
      const high = Math.min(staged, low + COPY_CHUNK - 1);
      const valid = validPerChunk[chunk] ?? 0;
      if (target.listKind === 'exclusion') {
        const added = await dialect.run(
          dialect.insertIgnoring(
            tables.optOuts,
            '(document_id, list_id, phone, source, import_id, created_at, updated_at, published_at)',
            `SELECT ${docId}, ?, s.phone, 'import', ?, ?, ?, ? FROM ${STAGE_TABLE} s
             WHERE s.seq BETWEEN ? AND ? ORDER BY s.phone`,
            '(list_id, phone)'
          ),
          [prefix, target.listId, ...stamps, low, high]
        );
        counts.added += added;
        counts.alreadyPresent += high - low + 1 - added;
        written += high - low + 1;
        yield written;
        continue;
      }

      // Numbers the list holds already (appending): counted, then skipped by both inserts.
      const present = target.appending
        ? await dialect.count(
            `SELECT count(*) AS n FROM ${STAGE_TABLE} s WHERE s.seq BETWEEN ? AND ? AND s.valid = ${dialect.true} AND ${inList}`,
            [low, high, target.listId]
          )
        : 0;
      const fresh = target.appending ? `AND NOT ${inList}` : '';
      const freshBindings = target.appending ? [target.listId] : [];
      if (target.directory) {
        counts.created += await dialect.run(
          dialect.insertIgnoring(
            tables.contacts,
            '(document_id, phone, country, first_name, last_name, email, attributes, import_id, created_at, updated_at, published_at)',
            `SELECT ${docId}, s.phone, s.country, s.first_name, s.last_name, s.email, ${dialect.json('s.attributes')}, ?, ?, ?, ?
             FROM ${STAGE_TABLE} s WHERE s.seq BETWEEN ? AND ? AND s.valid = ${dialect.true} ${fresh} ORDER BY s.phone`,
            '(phone)'
          ),
          [prefix, ...stamps, low, high, ...freshBindings]
        );
      }
      const contactId = target.directory ? 'c.id' : 'NULL';
      const join = target.directory
        ? `LEFT JOIN ${tables.contacts} c ON s.valid = ${dialect.true} AND c.phone = s.phone`
        : '';
      written += await dialect.run(
        `INSERT INTO ${tables.entries}
           (document_id, list_id, contact_id, line, phone_raw, phone, country, valid, reason, fields, import_id, created_at, updated_at, published_at)
         SELECT ${docId}, ?, ${contactId}, s.line + ?, s.phone_raw, s.phone, s.country, s.valid, s.reason, ${dialect.json('s.fields')}, ?, ?, ?, ?
         FROM ${STAGE_TABLE} s ${join}
         WHERE s.seq BETWEEN ? AND ? ${target.appending ? `AND (s.phone IS NULL OR NOT ${inList})` : ''}
         ORDER BY s.seq`,
        [prefix, target.listId, target.lineOffset, ...stamps, low, high, ...freshBindings]
      );
      if (target.updateExisting) {
        // The chunk's list rows exist now: the contacts they name get the file's values, their old ones kept for a roll-back.
        const sql = UPDATE_SQL[client];
        const chunkRows = [target.listId, importId, low, high, importId];
        await dialect.run(sql.savePrevious(tables), chunkRows);
        counts.updated += await dialect.run(sql.update(tables), [now, ...chunkRows]);
      }
      counts.added += valid - present;
      counts.alreadyPresent += present;
      yield written;
    }
  }

  return {
    counts,
    async stage(rows) {
      if (rows.length === 0) return;
      const first = staged + 1;
      staged += rows.length;
      rows.forEach((row, index) => {
        if (!row.valid) return;
        const chunk = Math.floor((first + index - 1) / COPY_CHUNK);
        validPerChunk[chunk] = (validPerChunk[chunk] ?? 0) + 1;
      });
      await dialect.stage(rows, first);
    },
    copy,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await dialect.dropStage();
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
  };
}
