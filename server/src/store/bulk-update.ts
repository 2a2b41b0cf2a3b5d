import type { Knex } from 'knex';
import { copyRows } from './pg-copy';
import { withDriverConnection, type DatabaseClient } from './tables';

type Value = string | number | boolean | Date | null;
export type ColumnType = 'integer' | 'text' | 'timestamp';

const PG_TYPES: Record<ColumnType, string> = { integer: 'integer', text: 'text', timestamp: 'timestamptz' };

export type InsertType = ColumnType | 'boolean' | 'json';
/**
 * Many rows in few statements. PostgreSQL takes them through `COPY … FROM STDIN` (`pg-copy.ts`);
 * the others a multi-row `INSERT … VALUES (…), (…)` in chunks under their limit on bound
 * parameters (written out: on SQLite knex emits `SELECT … UNION ALL SELECT …`, which SQLite caps
 * at 500 rows).
 */
export async function insertValues(
  trx: Knex | Knex.Transaction,
  client: DatabaseClient,
  table: string,
  types: Readonly<Record<string, InsertType>>,
  rows: readonly (readonly Value[])[]
): Promise<void> {
  const columns = Object.keys(types);
  if (client === 'postgres') return copyRows(trx, table, columns, rows);
  if (client === 'sqlite') return insertSqlite(trx, table, columns, rows);
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    await trx.raw(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat() as Value[]
    );
  }
}

interface SqliteDatabase {
  prepare(sql: string): { run(values: unknown[]): unknown };
}
const SQLITE_ROWS_PER_STATEMENT = 50;
/** What knex binds for SQLite: booleans as 1 / 0, dates as epoch milliseconds. */
const sqliteValue = (value: Value) =>
  typeof value === 'boolean' ? Number(value) : value instanceof Date ? value.valueOf() : value;

/**
 * SQLite runs in this process, so a statement prepared once and run for every 50 rows beats one
 * long statement parsed per chunk (2.1× on validation's insert: SQLite's time goes to parsing
 * and to the indexes, not to round trips).
 */
async function insertSqlite(
  trx: Knex | Knex.Transaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Value[])[]
): Promise<void> {
  if (rows.length === 0) return;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statement = (count: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: count }, () => tuple).join(', ')}`;
  await withDriverConnection(trx, async (database: SqliteDatabase) => {
    const full = database.prepare(statement(SQLITE_ROWS_PER_STATEMENT));
    let from = 0;
    for (; from + SQLITE_ROWS_PER_STATEMENT <= rows.length; from += SQLITE_ROWS_PER_STATEMENT) {
      full.run(rows.slice(from, from + SQLITE_ROWS_PER_STATEMENT).flatMap((row) => row.map(sqliteValue)));
    }
    if (from < rows.length) {
      database.prepare(statement(rows.length - from)).run(rows.slice(from).flatMap((row) => row.map(sqliteValue)));
    }
  });
}

/**
 * One UPDATE for many rows that each get their own values (a provider message id, a delivery
 * date), in each dialect's form: PostgreSQL and SQLite join a VALUES list (`UPDATE … FROM`),
 * MySQL/MariaDB join a derived table of `SELECT … UNION ALL`. `where` adds a condition on the
 * target row (written with `t.` for the target table).
 */
export async function updateFromValues(
  trx: Knex | Knex.Transaction,
  client: DatabaseClient,
  table: string,
  types: Readonly<Record<string, ColumnType>>,
  rows: readonly (readonly Value[])[],
  statement: { set: Record<string, string>; where?: string }
): Promise<number> {
  const perStatement = Math.max(1, Math.floor(30_000 / Object.keys(types).length));
  let changed = 0;
  for (let from = 0; from < rows.length; from += perStatement) {
    changed += await updateChunk(trx, client, table, types, rows.slice(from, from + perStatement), statement);
  }
  return changed;
}

async function updateChunk(
  trx: Knex | Knex.Transaction,
  client: DatabaseClient,
  table: string,
  types: Readonly<Record<string, ColumnType>>,
  rows: readonly (readonly Value[])[],
  { set, where = '' }: { set: Record<string, string>; where?: string }
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(types);
  const assignments = (prefix: string) =>
    Object.entries(set)
      .map(([column, expression]) => `${prefix}${column} = ${expression}`)
      .join(', ');
  const condition = where ? ` AND ${where}` : '';
  const bindings = rows.flat() as Value[];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  if (client === 'mysql') {
    const first = `SELECT ${columns.map((column) => `? AS ${column}`).join(', ')}`;
    const rest = rows.slice(1).map(() => `UNION ALL SELECT ${columns.map(() => '?').join(', ')}`);
    const sql = `UPDATE ${table} t JOIN (${[first, ...rest].join(' ')}) v ON t.id = v.id SET ${assignments('t.')} WHERE 1 = 1${condition}`;
    const [result] = (await trx.raw(sql, bindings)) as unknown as [{ affectedRows: number }];
    return result.affectedRows;
  }
  if (client === 'postgres') {
    // Parameters in VALUES have no type: the first row's casts type the columns.
    const typed = `(${columns.map((column) => `?::${PG_TYPES[types[column]]}`).join(', ')})`;
    const tuples = [typed, ...rows.slice(1).map(() => tuple)].join(', ');
    const sql = `UPDATE ${table} AS t SET ${assignments('')} FROM (VALUES ${tuples}) AS v(${columns.join(', ')}) WHERE t.id = v.id${condition}`;
    const result = (await trx.raw(sql, bindings)) as unknown as { rowCount: number };
    return result.rowCount;
  }
  const sql = `WITH v(${columns.join(', ')}) AS MATERIALIZED (VALUES ${rows.map(() => tuple).join(', ')}) UPDATE ${table} AS t SET ${assignments('')} FROM v WHERE t.id = v.id${condition}`;
  const result = (await trx.raw(sql, bindings)) as unknown as { changes?: number } | unknown[];
  return Array.isArray(result) ? result.length : (result.changes ?? 0);
}
