/**
 * The recipients table, content type or the plugin's own (issue 10):
 * `npm run bench:recipients-table` (BENCH_ROWS, default 100,000; BENCH_DATABASES, default
 * `sqlite,postgres`, also `mysql`). Each database on an empty playground, in a child process
 * (`lib/recipients-table-child.ts`): validation's insert, claims with submissions in batches of
 * 200, receipts in batches of 500, into the recipient content type as Strapi creates it and into
 * a lean table of the same columns with the plugin's indexes only. Prints both and the ratio.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freshDatabase } from '../tests/helpers/database';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const RESULT = '\nBENCH_RESULT ';
type Times = Record<'insert' | 'claimAndSubmit' | 'receipts', number>;

async function main() {
  console.log(
    `\nThe life of ${ROWS.toLocaleString('en-US')} recipients: content type vs a lean table of the plugin's own`
  );
  console.log('\n| database | step | content type | lean table | content type ÷ lean |');
  console.log('|---|---|---|---|---|');
  for (const database of DATABASES) {
    process.env.DATABASE_CLIENT = database;
    const db = await freshDatabase();
    try {
      const run = spawnSync(process.execPath, [join(__dirname, 'lib', 'recipients-table-child.js')], {
        env: { ...process.env, ...db.env, DATABASE_CLIENT: database, BENCH_ROWS: String(ROWS) },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 20 * 60_000,
      });
      const at = run.stdout.lastIndexOf(RESULT);
      if (run.status !== 0 || at < 0)
        throw new Error(`${database}: ${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
      const { contentType, lean } = JSON.parse(run.stdout.slice(at + RESULT.length)) as {
        contentType: Times;
        lean: Times;
      };
      for (const step of ['insert', 'claimAndSubmit', 'receipts'] as const) {
        console.log(
          `| ${database} | ${step} | ${contentType[step].toFixed(2)} s | ${lean[step].toFixed(2)} s | ${(contentType[step] / lean[step]).toFixed(2)}× |`
        );
      }
    } finally {
      await db.drop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
