/**
 * Import benchmark (issue 4): `npm run bench:import` (BENCH_ROWS, default 1,000,000;
 * BENCH_DATABASES, default `sqlite,postgres`, also `mysql`).
 *
 * Generates the issue's file on disk, then, each in a fresh process:
 * - papaparse alone streams and parses it (the baseline, best of 3);
 * - for each database, the playground Strapi boots on an empty database and the real `imports`
 *   service takes the file as the admin does: upload and detection, the analysis pass (the
 *   summary shown before saving), then the import pass into a new list, in seed 003's two
 *   modes: a list that stands alone, and a list that also feeds the directory (Prénom, Nom,
 *   Email mapped to the contact, the other columns kept as list fields).
 * Prints each pass's time, rows per second, its ratio to papaparse alone, and the Strapi
 * process's peak resident memory. Checks the written counts (exit 1 if wrong); speed is
 * reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { freshDatabase } from '../tests/helpers/database';
import { writeContactFile } from './lib/contact-file';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
/** Seed 003's two modes: lists that stand alone (option 1, the default there) and lists feeding the directory. */
const MODES = [
  { name: 'list only', directory: '0' },
  { name: 'list + directory', directory: '1' },
];
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
/** Starts the JSON line a child prints last (Strapi may print before it). */
const RESULT = '\nBENCH_RESULT ';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface ImportFigures {
  database: string;
  detect: number;
  analyse: number;
  import: number;
  peakRss: number;
  rss: { boot: number; analysis: number; import: number };
  summary: { rowsRead: number; valid: number; invalid: number; duplicates: number; final: number };
  result: { added: number; created: number };
  listContacts: number;
  directoryContacts: number;
}

/** papaparse alone, streaming the file from disk, as the import streams it. */
async function papaparseChild(file: string) {
  let best = Infinity;
  let rows = 0;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    rows = await new Promise<number>((resolve, reject) => {
      let count = 0;
      const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
      stream.setEncoding('latin1');
      Papa.parse(stream as unknown as File, {
        delimiter: ';',
        chunk: (results: Papa.ParseResult<string[]>) => {
          count += results.data.length;
        },
        complete: () => resolve(count),
        error: reject,
      });
    });
    best = Math.min(best, seconds(start));
  }
  process.stdout.write(`${RESULT}${JSON.stringify({ seconds: best, rows })}`);
}

/**
 * A fresh process per measure. The Strapi one runs plain Node on the built plugin (under tsx,
 * Strapi's packages would resolve to their TypeScript sources).
 */
function child<T>(role: string, args: string[], env: Record<string, string> = {}): T {
  const command =
    role === 'import'
      ? [join(__dirname, 'lib', 'import-child.js'), ...args]
      : ['--import', 'tsx', __filename, role, ...args];
  const run = spawnSync(process.execPath, command, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const marker = run.stdout.lastIndexOf(RESULT);
  const json = marker >= 0 ? run.stdout.slice(marker + RESULT.length) : '';
  if (run.status !== 0 || !json) throw new Error(`${role} ${args.join(' ')} failed (exit ${run.status})`);
  return JSON.parse(json) as T;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'mc-bench-file-'));
  const file = join(work, 'contacts.csv');
  try {
    let start = process.hrtime.bigint();
    const facts = writeContactFile(file, ROWS);
    console.log(
      `File: ${ROWS.toLocaleString('en-US')} rows, ${mb(facts.bytes)}, Windows-1252 ';' (written in ${seconds(start).toFixed(1)} s)`
    );
    start = process.hrtime.bigint();
    const baseline = child<{ seconds: number; rows: number }>('papaparse', [file]);
    console.log(`papaparse alone (stream from disk, best of 3): ${baseline.seconds.toFixed(2)} s`);

    let ok = true;
    const rate = (s: number) => `${Math.round(ROWS / s).toLocaleString('en-US')} rows/s`;
    const ratio = (s: number) => `${(s / baseline.seconds).toFixed(1)}× papaparse`;
    for (const database of DATABASES)
      for (const mode of MODES) {
        process.env.DATABASE_CLIENT = database;
        const db = await freshDatabase();
        const f = await (async () => {
          try {
            return child<ImportFigures>('import', [file], {
              ...db.env,
              DATABASE_CLIENT: database,
              BENCH_DIRECTORY: mode.directory,
            });
          } finally {
            await db.drop();
          }
        })();
        f.database = database;
        console.log(`\n${database}, ${mode.name}`);
        console.log(`  upload + detection     ${f.detect.toFixed(2).padStart(7)} s`);
        console.log(
          `  analysis (summary)     ${f.analyse.toFixed(2).padStart(7)} s  ${rate(f.analyse).padStart(16)}  ${ratio(f.analyse)}`
        );
        console.log(
          `  import (writes)        ${f.import.toFixed(2).padStart(7)} s  ${rate(f.import).padStart(16)}  ${ratio(f.import)}`
        );
        const total = f.detect + f.analyse + f.import;
        console.log(
          `  end to end             ${total.toFixed(2).padStart(7)} s  ${rate(total).padStart(16)}  ${ratio(total)}`
        );
        console.log(
          `  Strapi peak RSS        ${mb(f.peakRss).padStart(9)}  (issue 4: under 400 MB; after boot ${mb(f.rss.boot)}, analysis ${mb(f.rss.analysis)}, import ${mb(f.rss.import)})`
        );
        console.log(
          `  rows read ${f.summary.rowsRead}, valid ${f.summary.valid}, invalid ${f.summary.invalid}, duplicates ${f.summary.duplicates}, imported ${f.summary.final}; list ${f.listContacts}, directory ${f.directoryContacts}`
        );
        const consistent =
          f.summary.rowsRead === ROWS &&
          f.result.added === f.summary.final &&
          f.listContacts === f.summary.final &&
          f.directoryContacts === (mode.directory === '1' ? f.summary.final : 0) &&
          f.summary.final >= facts.distinctFrenchMobiles;
        if (!consistent) {
          console.log('  COUNTS ARE WRONG');
          ok = false;
        }
      }
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [role, ...args] = process.argv.slice(2);
const run = role === 'papaparse' ? papaparseChild(args[0]!) : main();
run.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
