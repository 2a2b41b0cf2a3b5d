/**
 * Import parse benchmark: `npx tsx bench/import-parse.bench.ts` (for the dedupe memory figures run
 * `node --expose-gc --import tsx bench/import-parse.bench.ts`).
 *
 * Reads into memory the 1,000,000-row Windows-1252 `;` file (`lib/contact-file.ts`: phone
 * + 6 fields, 80 % valid French mobiles in assorted formats, 10 % other valid numbers, 5 %
 * duplicates, 5 % invalid), then times,
 * on the same 64 KiB chunks:
 * - papaparse alone, streaming from a Node Readable (the import's baseline: its end-to-end budget
 *   is 10× this, database writes included);
 * - our stages cumulatively: iconv-lite decode; + papaparse records; + the full contact parser
 *   (normalise, dedupe, summary, batches);
 * and prints rows/s and the ratio to papaparse; then both again from a file on disk, each in a
 * fresh process, with their peak RSS. Checks the summary's counts (exit 1 if wrong). Speed is
 * reported, not asserted: machines vary.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { contactBatches, createContactParser, detectCsvFormat, PhoneSet } from '../server/src/core';
import { createDecoder } from '../server/src/core/csv/encoding';
import { DECODE_PIECE } from '../server/src/core/csv/parser';
import { createRowReader } from '../server/src/core/csv/rows';
import { writeContactFile } from './lib/contact-file';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CHUNK = 64 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// --- the file ----------------------------------------------------------------------------------
/** The file (see `lib/contact-file.ts`), written to disk once and read back into memory. */
function generate(): { bytes: Uint8Array; expected: { valid: number; invalid: number; duplicates: number } } {
  const path = join(tmpdir(), `mc-bench-parse-${process.pid}.csv`);
  try {
    const facts = writeContactFile(path, ROWS);
    return {
      bytes: readFileSync(path),
      expected: { valid: ROWS - facts.invalid, invalid: facts.invalid, duplicates: facts.duplicates },
    };
  } finally {
    unlinkSync(path);
  }
}

// --- measuring ---------------------------------------------------------------------------------
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function bestOf(
  name: string,
  run: () => Promise<number>
): Promise<{ name: string; seconds: number; rows: number }> {
  let seconds = Infinity;
  let rows = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    rows = await run();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { name, seconds, rows };
}

/**
 * Child mode: streams a file from disk (64 KiB reads, as the import will) through papaparse alone
 * or through our parser, and prints its time and peak RSS: a process that holds nothing else.
 */
async function child(file: string, mode: string): Promise<void> {
  const start = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'papaparse') {
    await new Promise<void>((resolve, reject) => {
      Papa.parse(createReadStream(file, { highWaterMark: CHUNK }) as unknown as File, {
        delimiter: ';',
        encoding: 'latin1',
        chunk: (r: Papa.ParseResult<unknown>) => void (rows += r.data.length),
        complete: () => resolve(),
        error: reject,
      });
    });
  } else {
    const head = await new Promise<Uint8Array>((resolve) =>
      createReadStream(file, { start: 0, end: CHUNK - 1 }).once('data', (b) => resolve(b as Buffer))
    );
    const parser = createContactParser({ format: detectCsvFormat(head) });
    for await (const batch of contactBatches(createReadStream(file, { highWaterMark: CHUNK }), parser))
      rows += batch.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ rows, seconds, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

function inChild(file: string, mode: string): { rows: number; seconds: number; maxRss: number } {
  const out = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', file, mode], {
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]!, process.argv[4]!);
  const t0 = Date.now();
  const { bytes, expected } = generate();
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, i + CHUNK));
  // The stages below decode in the pieces the contact parser uses (see DECODE_PIECE).
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += DECODE_PIECE) pieces.push(bytes.subarray(i, i + DECODE_PIECE));
  console.log(
    `file: ${ROWS.toLocaleString('en-US')} rows, ${mb(bytes.length)} Windows-1252, generated in ${Date.now() - t0} ms`
  );
  const format = detectCsvFormat(bytes.subarray(0, CHUNK));
  console.log(
    `detected: ${format.encoding} ${JSON.stringify(format.delimiter)} header=${format.hasHeader} phoneColumn=${format.phoneColumn} (${format.headers[format.phoneColumn ?? 0]})`
  );

  const papaStream = (mode: 'step' | 'chunk') => () =>
    new Promise<number>((resolve, reject) => {
      let rows = 0;
      const source = Readable.from(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
      Papa.parse(source as unknown as File, {
        delimiter: ';',
        encoding: 'latin1',
        ...(mode === 'step'
          ? { step: () => void rows++ }
          : { chunk: (r: Papa.ParseResult<unknown>) => void (rows += r.data.length) }),
        complete: () => resolve(rows),
        error: reject,
      });
    });

  const only = process.env.BENCH_ONLY; // e.g. "full" to profile one stage
  const best = (name: string, run: () => Promise<number>) =>
    only && !name.includes(only) ? Promise.resolve({ name, seconds: NaN, rows: 0 }) : bestOf(name, run);
  const results = [
    await best('papaparse streaming, step (baseline)', papaStream('step')),
    await best('papaparse streaming, chunk', papaStream('chunk')),
    await best('iconv-lite decode only', async () => {
      const d = createDecoder('windows-1252');
      let n = 0;
      for (const c of pieces) n += d.write(c).length;
      return n > 0 ? ROWS : 0;
    }),
    await best('decode + papaparse records (our reader)', async () => {
      const d = createDecoder('windows-1252');
      const reader = createRowReader(';', '\r\n');
      let rows = 0;
      for (const c of pieces) rows += reader.push(d.write(c)).length;
      rows += reader.end().length;
      return rows - 1;
    }),
  ];
  results.push(
    await best('full contact parser, synchronous loop', async () => {
      const parser = createContactParser({ format });
      let rows = 0;
      for (const c of chunks) for (const b of parser.write(c)) rows += b.length;
      for (const b of parser.end()) rows += b.length;
      return rows;
    })
  );
  let summary = createContactParser({ format }).summary();
  results.push(
    await best('full contact parser (decode+parse+normalise+dedupe+summary)', async () => {
      const parser = createContactParser({ format });
      async function* source(): AsyncGenerator<Uint8Array> {
        yield* chunks;
      }
      let rows = 0;
      for await (const batch of contactBatches(source(), parser)) rows += batch.length;
      summary = parser.summary();
      return rows;
    })
  );

  const baseline = Math.min(results[0]!.seconds, results[1]!.seconds) || 1;
  console.log(
    `\n  ${'stage'.padEnd(62)} ${'rows/s'.padStart(11)} ${'seconds'.padStart(8)} ${'× papaparse'.padStart(12)}`
  );
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(62)} ${Math.round(ROWS / r.seconds)
        .toLocaleString('en-US')
        .padStart(11)} ${r.seconds.toFixed(2).padStart(8)} ${(r.seconds / baseline).toFixed(2).padStart(11)}×`
    );
  }
  if (!only) {
    const ratio = results[results.length - 1]!.seconds / baseline;
    console.log(
      `\n  full parser / fastest papaparse: ${ratio.toFixed(2)}× (target ≤ 2.5×: ${ratio <= 2.5 ? 'met' : 'NOT met on this machine'})`
    );
  }
  const { rowsRead, valid, invalid, duplicates, final, byCountry, invalidByReason } = summary;
  console.log(
    `  summary: ${JSON.stringify({ rowsRead, valid, invalid, duplicates, final, byCountry, invalidByReason })}`
  );

  // From a file on disk, each in a fresh process: the figures the import itself will see.
  const file = join(tmpdir(), `import-parse-bench-${process.pid}.csv`);
  writeFileSync(file, bytes);
  try {
    const papa = inChild(file, 'papaparse');
    const ours = inChild(file, 'parser');
    console.log(`\n  from disk, fresh process each (64 KiB reads):`);
    for (const [name, r] of [
      ['papaparse alone', papa],
      ['our contact parser', ours],
    ] as const) {
      console.log(
        `    ${name.padEnd(20)} ${Math.round(r.rows / r.seconds)
          .toLocaleString('en-US')
          .padStart(11)} rows/s  ${r.seconds.toFixed(2)} s  peak RSS ${mb(r.maxRss)}`
      );
    }
    console.log(`    ratio ${(ours.seconds / papa.seconds).toFixed(2)}× (target ≤ 2.5×)`);
  } finally {
    unlinkSync(file);
  }

  dedupeMemory();
  const ok =
    rowsRead === ROWS && valid === expected.valid && invalid === expected.invalid && duplicates === expected.duplicates;
  if (!ok) {
    console.error(`MISMATCH expected ${JSON.stringify(expected)}`);
    process.exitCode = 1;
  }
}

/** Heap taken by 1M distinct numbers in the PhoneSet vs a Set<string> (needs --expose-gc). */
function dedupeMemory(): void {
  const gc = globalThis.gc;
  if (!gc) return console.log('  dedupe memory: run with node --expose-gc --import tsx to measure');
  const numbers = Array.from({ length: 1_000_000 }, (_, i) => `+336${String(i * 7).padStart(8, '0')}`);
  const heap = (): number => (gc(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
  let base = heap();
  const compact = new PhoneSet(1 << 16);
  for (const n of numbers) compact.add(n);
  const compactBytes = heap() - base;
  base = heap();
  // Strings built fresh, as the parser builds them (not shared with `numbers`).
  const strings = new Set<string>();
  for (const n of numbers) strings.add(`+${n.slice(1)}`);
  const stringBytes = heap() - base;
  // `numbers` is used below so that it is not collected during the second measurement.
  console.log(
    `  dedupe of ${numbers.length.toLocaleString('en-US')} numbers: PhoneSet ${mb(compactBytes)} (size ${compact.size}), Set<string> ${mb(stringBytes)} (size ${strings.size})`
  );
}

void main();
