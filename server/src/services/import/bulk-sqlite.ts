import type { Knex } from 'knex';
import { onConnection, STAGE_COLUMNS, STAGE_TABLE, stagedValues, type Dialect } from './bulk-sql';

/** better-sqlite3, the connection knex hands out on SQLite. */
type SqliteDatabase = {
  prepare(sql: string): { run(...values: unknown[]): { changes: number } };
  transaction(fn: () => void): () => void;
};

/**
 * SQLite: the staging table is in the connection's temporary database, so filling it takes no
 * lock on the main database; prepared statements, one transaction per batch.
 */
export function sqliteDialect(knex: Knex, connection: unknown): Dialect {
  const db = connection as SqliteDatabase;
  const raw = onConnection(knex, connection);
  let insert: ReturnType<SqliteDatabase['prepare']> | undefined;
  return {
    true: '1',
    async createStage() {
      await raw(
        `CREATE TEMP TABLE ${STAGE_TABLE} (seq INTEGER PRIMARY KEY, line INTEGER, phone_raw TEXT, phone TEXT, country TEXT,
           valid INTEGER, reason TEXT, fields TEXT, first_name TEXT, last_name TEXT, email TEXT, attributes TEXT)`
      );
      insert = db.prepare(
        `INSERT INTO temp.${STAGE_TABLE} (${STAGE_COLUMNS}) VALUES (${STAGE_COLUMNS.split(', ')
          .map(() => '?')
          .join(', ')})`
      );
    },
    async stage(rows, firstSeq) {
      const statement = insert!;
      db.transaction(() => {
        rows.forEach((row, index) => {
          const values = stagedValues(row, firstSeq + index);
          values[5] = row.valid ? 1 : 0;
          statement.run(...values);
        });
      })();
    },
    async analyseStage() {},
    async dropStage() {
      await raw(`DROP TABLE IF EXISTS temp.${STAGE_TABLE}`);
    },
    documentId: (seq) => `(? || printf('%010d', ${seq}))`,
    json: (expression) => expression,
    insertIgnoring: (table, columns, select, conflict) =>
      `INSERT INTO ${table} ${columns} ${select} ON CONFLICT ${conflict} DO NOTHING`,
    run: async (sql, bindings) => ((await raw(sql, bindings)) as { changes: number }).changes,
    count: async (sql, bindings) => Number(((await raw(sql, bindings)) as { n: number }[])[0]?.n ?? 0),
  };
}
