import type { Knex } from 'knex';
import type { StagedRow, Tables } from './bulk';

/** What differs between databases in `bulk.ts`: the staging table, its bulk path, and a little SQL. */
export interface Dialect {
  /** The literal a boolean column is compared with. */
  readonly true: string;
  createStage(tables: Tables): Promise<void>;
  /** Appends rows numbered from `firstSeq`. */
  stage(rows: StagedRow[], firstSeq: number): Promise<void>;
  /** Gives the planner the staging table's size before the joins. */
  analyseStage(): Promise<void>;
  dropStage(): Promise<void>;
  /** A document id from a `?` prefix and a row number. */
  documentId(seq: string): string;
  json(expression: string): string;
  /** An `INSERT … SELECT` that skips rows a unique index already holds. */
  insertIgnoring(table: string, columns: string, select: string, conflict: string): string;
  /** Runs a statement; returns the rows it changed. */
  run(sql: string, bindings: unknown[]): Promise<number>;
  /** Runs a `SELECT count(*) AS n`. */
  count(sql: string, bindings: unknown[]): Promise<number>;
}

/** The import's staging table, a temporary table of the worker's connection. */
export const STAGE_TABLE = 'mc_import_stage';

/** The staging table's columns, in the order every bulk path writes them. */
export const STAGE_COLUMNS =
  'seq, line, phone_raw, phone, country, valid, reason, fields, first_name, last_name, email, attributes';

/** A staged row's values in `STAGE_COLUMNS` order. */
export const stagedValues = (row: StagedRow, seq: number) => [
  seq,
  row.line,
  row.phoneRaw,
  row.phone,
  row.country,
  row.valid,
  row.reason,
  row.fields,
  row.contact?.firstName ?? null,
  row.contact?.lastName ?? null,
  row.contact?.email ?? null,
  row.contact?.attributes ?? null,
];

/** Raw SQL on the import's own connection. */
export const onConnection =
  (knex: Knex, connection: unknown) =>
  (sql: string, bindings: unknown[] = []) =>
    knex.raw(sql, bindings as Knex.RawBinding[]).connection(connection as never) as unknown as Promise<unknown>;

/** PostgreSQL: an unlogged, session-private table filled by `INSERT … SELECT FROM unnest(arrays)`. */
export function postgresDialect(knex: Knex, connection: unknown): Dialect {
  const raw = onConnection(knex, connection);
  return {
    true: 'TRUE',
    async createStage() {
      await raw(
        `CREATE TEMPORARY TABLE ${STAGE_TABLE} (seq integer PRIMARY KEY, line integer, phone_raw text, phone text,
           country text, valid boolean, reason text, fields text, first_name text, last_name text, email text, attributes text)`
      );
    },
    async stage(rows, firstSeq) {
      const columns = STAGE_COLUMNS.split(', ').map(() => [] as unknown[]);
      rows.forEach((row, index) => stagedValues(row, firstSeq + index).forEach((value, i) => columns[i]!.push(value)));
      await raw(
        `INSERT INTO ${STAGE_TABLE} (${STAGE_COLUMNS})
         SELECT * FROM unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::text[])`,
        columns
      );
    },
    async analyseStage() {
      // Autovacuum never sees a temporary table: without statistics the joins would be planned blind.
      await raw(`ANALYZE ${STAGE_TABLE}`);
    },
    async dropStage() {
      await raw(`DROP TABLE IF EXISTS pg_temp.${STAGE_TABLE}`);
    },
    documentId: (seq) => `(? || lpad(${seq}::text, 10, '0'))`,
    json: (expression) => `${expression}::jsonb`,
    insertIgnoring: (table, columns, select, conflict) =>
      `INSERT INTO ${table} ${columns} ${select} ON CONFLICT ${conflict} DO NOTHING`,
    run: async (sql, bindings) => ((await raw(sql, bindings)) as { rowCount: number | null }).rowCount ?? 0,
    count: async (sql, bindings) => Number(((await raw(sql, bindings)) as { rows: { n: string }[] }).rows[0]?.n ?? 0),
  };
}

/** MySQL and MariaDB: a temporary table filled by multi-row INSERTs; `INSERT IGNORE` for the unique indexes. */
export function mysqlDialect(knex: Knex, connection: unknown): Dialect {
  const raw = onConnection(knex, connection);
  const CHUNK = 1000;
  return {
    true: '1',
    async createStage(tables) {
      // The number column takes the directory's collation, or the join on it could not use its index.
      const [found] = (await raw(
        `SELECT collation_name AS c FROM information_schema.columns
         WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'phone'`,
        [tables.contacts]
      )) as [{ c: string | null }[]];
      const collation = found[0]?.c ? ` COLLATE ${found[0].c}` : '';
      await raw(
        `CREATE TEMPORARY TABLE ${STAGE_TABLE} (seq int PRIMARY KEY, line int, phone_raw text, phone varchar(255)${collation},
           country varchar(255), valid tinyint, reason varchar(255), fields longtext, first_name text, last_name text,
           email text, attributes longtext) DEFAULT CHARSET = utf8mb4`
      );
    },
    async stage(rows, firstSeq) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const slice = rows.slice(start, start + CHUNK);
        const placeholders = slice
          .map(
            () =>
              `(${STAGE_COLUMNS.split(', ')
                .map(() => '?')
                .join(', ')})`
          )
          .join(', ');
        await raw(
          `INSERT INTO ${STAGE_TABLE} (${STAGE_COLUMNS}) VALUES ${placeholders}`,
          slice.flatMap((row, index) => stagedValues(row, firstSeq + start + index))
        );
      }
    },
    async analyseStage() {},
    async dropStage() {
      await raw(`DROP TEMPORARY TABLE IF EXISTS ${STAGE_TABLE}`);
    },
    documentId: (seq) => `concat(?, lpad(${seq}, 10, '0'))`,
    json: (expression) => expression,
    insertIgnoring: (table, columns, select) => `INSERT IGNORE INTO ${table} ${columns} ${select}`,
    run: async (sql, bindings) => ((await raw(sql, bindings)) as [{ affectedRows: number }])[0].affectedRows,
    count: async (sql, bindings) => Number(((await raw(sql, bindings)) as [{ n: number }[]])[0][0]?.n ?? 0),
  };
}
