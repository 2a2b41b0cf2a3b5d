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

interface SqliteStatement {
  run(values: unknown[]): { changes: number };
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  transaction(run: () => void): () => void;
  readonly inTransaction: boolean;
}
const SQLITE_ROWS_PER_STATEMENT = 50;
/** What knex binds for SQLite: booleans as 1 / 0, dates as epoch milliseconds. */
const sqliteValue = (value: Value) =>
  typeof value === 'boolean' ? Number(value) : value instanceof Date ? value.valueOf() : value;

/**
 * SQLite runs in this process, so its time goes to parsing and to the indexes, not to round trips:
 * statements of up to 50 rows are prepared once per connection and run again for every chunk
 * (2.1× on validation's insert against one long statement parsed per chunk). Knex prepares every
 * query anew, which was 7% of the dispatcher's time on SQLite.
 */
const prepared = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();
const preparedOn = (database: SqliteDatabase, sql: string): SqliteStatement => {
  let cache = prepared.get(database);
  if (!cache) prepared.set(database, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= 256) cache.clear();
    statement = database.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
};

/** Runs `sql(n)` over the rows in chunks of 50 in one transaction (the caller's, or its own). */
async function runSqliteChunks(
  trx: Knex | Knex.Transaction,
  rows: readonly (readonly Value[])[],
  sql: (count: number) => string
): Promise<number> {
  if (rows.length === 0) return 0;
  return withDriverConnection(trx, async (database: SqliteDatabase) => {
    let changes = 0;
    const all = () => {
      for (let from = 0; from < rows.length; from += SQLITE_ROWS_PER_STATEMENT) {
        const chunk = rows.slice(from, from + SQLITE_ROWS_PER_STATEMENT);
        changes += preparedOn(database, sql(chunk.length)).run(chunk.flatMap((row) => row.map(sqliteValue))).changes;
      }
    };
    if (database.inTransaction) all();
    else database.transaction(all)();
    return changes;
  });
}

const tupleOf = (columns: readonly string[]) => `(${columns.map(() => '?').join(', ')})`;
const tuples = (columns: readonly string[], count: number) =>
  Array.from({ length: count }, () => tupleOf(columns)).join(', ');

async function insertSqlite(
  trx: Knex | Knex.Transaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Value[])[]
): Promise<void> {
  await runSqliteChunks(
    trx,
    rows,
    (count) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples(columns, count)}`
  );
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
  if (client === 'sqlite') {
    return runSqliteChunks(
      trx,
      rows,
      (count) =>
        `WITH v(${columns.join(', ')}) AS MATERIALIZED (VALUES ${tuples(columns, count)}) UPDATE ${table} AS t SET ${assignments('')} FROM v WHERE t.id = v.id${condition}`
    );
  }
  const bindings = rows.flat() as Value[];
  const tuple = tupleOf(columns);
  if (client === 'mysql') {
    const first = `SELECT ${columns.map((column) => `? AS ${column}`).join(', ')}`;
    const rest = rows.slice(1).map(() => `UNION ALL SELECT ${columns.map(() => '?').join(', ')}`);
    const sql = `UPDATE ${table} t JOIN (${[first, ...rest].join(' ')}) v ON t.id = v.id SET ${assignments('t.')} WHERE 1 = 1${condition}`;
    const [result] = (await trx.raw(sql, bindings)) as unknown as [{ affectedRows: number }];
    return result.affectedRows;
  }
  // PostgreSQL. Parameters in VALUES have no type: the first row's casts type the columns.
  const typed = `(${columns.map((column) => `?::${PG_TYPES[types[column]]}`).join(', ')})`;
  const values = [typed, ...rows.slice(1).map(() => tuple)].join(', ');
  const sql = `UPDATE ${table} AS t SET ${assignments('')} FROM (VALUES ${values}) AS v(${columns.join(', ')}) WHERE t.id = v.id${condition}`;
  const result = (await trx.raw(sql, bindings)) as unknown as { rowCount: number };
  return result.rowCount;
}
