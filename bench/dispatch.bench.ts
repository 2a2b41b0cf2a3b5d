/**
 * Dispatch benchmark (issue 10): `npm run bench:dispatch` (BENCH_RECIPIENTS, default 100,000;
 * BENCH_DATABASES, default `sqlite,postgres`, also `mysql`; BENCH_WINDOW, default 100;
 * BENCH_GATEWAYS, default `smpp,simulator`; BENCH_CPU_PROF, a folder for the Strapi process's CPU profile).
 *
 * A loopback SMSC (the `smpp` package's server, answering a receipt for every message) runs in
 * this process. For each database, the playground Strapi boots in a child process on an empty
 * database with its SMS channel bound to that SMSC (MC_SMS_PROVIDER=smpp, no rate limit) and
 * sends a personalised campaign to BENCH_RECIPIENTS numbers: validation (the audience frozen),
 * every submission, every receipt applied. Then the same with the simulator gateway.
 * The ceiling is measured in the same run: the smpp provider alone (no Strapi, no database)
 * submitting as many messages to the same SMSC. Prints times, messages and receipts per second,
 * the ratio to the ceiling, the Strapi process's CPU time and peak memory; checks the counts
 * (exit 1 if wrong); speed is reported, never asserted.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { analyzeMessage } from '../server/src/core';
import { createSmppGateway } from '../server/src/providers/smpp';
import type { OutboundMessage } from '../server/src/providers/types';
import { freshDatabase } from '../tests/helpers/database';
import { startSmsc, type Smsc } from '../tests/helpers/smsc';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const WINDOW = Number(process.env.BENCH_WINDOW ?? 100);
const GATEWAYS = (process.env.BENCH_GATEWAYS ?? 'smpp,simulator').split(',').map((name) => name.trim());
const RESULT = '\nBENCH_RESULT ';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Figures {
  recipients: number;
  statusCounts: Record<string, number>;
  validation: number;
  lastSubmission: number;
  lastReceipt: number;
  cpuSeconds: number;
  peakRss: number;
}

const sent = (text: string) => {
  const analysis = analyzeMessage(text);
  return { text: analysis.text, encoding: analysis.encoding, segments: analysis.segments };
};

/** The provider alone against the SMSC: the most this machine's loopback path can do. */
async function ceiling(smsc: Smsc) {
  let receipts = 0;
  const quiet = () => undefined;
  const gateway = createSmppGateway(
    { url: smsc.url, window: WINDOW, enquireLinkMs: 0 },
    {
      channel: 'sms',
      onReceipt: () => void (receipts += 1),
      onInbound: quiet,
      logger: { info: quiet, warn: quiet, error: console.error, debug: quiet },
    }
  );
  await gateway.waitBound(5000);
  const start = process.hrtime.bigint();
  for (let offset = 0; offset < RECIPIENTS; offset += 1000) {
    const batch: OutboundMessage[] = Array.from({ length: Math.min(1000, RECIPIENTS - offset) }, (_, i) => ({
      id: String(offset + i),
      channel: 'sms',
      to: `+337${String(offset + i).padStart(8, '0')}`,
      // What validation makes of the campaign's message (non-GSM characters replaced).
      ...sent(`Bonjour Prénom${i % 997}, votre commande est prête au magasin de Ville ${i % 31}. Merci !`),
    }));
    await gateway.send(batch);
  }
  const submitted = Number(process.hrtime.bigint() - start) / 1e9;
  for (let i = 0; i < 3000 && receipts < RECIPIENTS; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const received = Number(process.hrtime.bigint() - start) / 1e9;
  await gateway.close();
  return { submitted, received, receipts };
}

/** One campaign in a child Strapi on an empty database; the SMSC of this process stays served meanwhile. */
async function campaign(database: string, env: Record<string, string>): Promise<Figures> {
  process.env.DATABASE_CLIENT = database;
  const db = await freshDatabase();
  try {
    // BENCH_CPU_PROF=<folder>: the Strapi process writes a V8 CPU profile there (open it in Chrome's DevTools).
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...profile, join(__dirname, 'lib', 'dispatch-child.js')], {
      env: { ...process.env, ...db.env, DATABASE_CLIENT: database, ...env, BENCH_RECIPIENTS: String(RECIPIENTS) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30 * 60_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(timer);
    const at = stdout.lastIndexOf(RESULT);
    if (code !== 0 || at < 0)
      throw new Error(`${database}: the child failed (${code})\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
    if (process.env.BENCH_SQL_STATS)
      console.log(
        `\n${database}: time per statement shape\n${stderr
          .split('\n')
          .filter((line) => /^ +\d+\.\d+ s /.test(line))
          .join('\n')}\n`
      );
    return JSON.parse(stdout.slice(at + RESULT.length)) as Figures;
  } finally {
    await db.drop();
  }
}

async function main() {
  const smsc = await startSmsc({ receipts: { form: 'text', delayMs: 0 } });
  const top = await ceiling(smsc);
  console.log(`\nDispatch of ${fmt(RECIPIENTS)} personalised recipients, window ${WINDOW}, no rate limit`);
  console.log(
    `ceiling (smpp provider alone → loopback SMSC): ${fmt(RECIPIENTS / top.submitted)} submit_sm/s, receipts all in after ${top.received.toFixed(2)} s (${fmt(top.receipts / top.received)}/s)`
  );
  let ok = top.receipts === RECIPIENTS;
  if (!ok) console.log(`  the ceiling run got ${top.receipts} receipts for ${RECIPIENTS} messages`);
  const all: [string, string, Record<string, string>][] = [
    ...DATABASES.map((database): [string, string, Record<string, string>] => [
      `${database}, smpp`,
      database,
      { MC_SMS_PROVIDER: 'smpp', MC_SMPP_URL: smsc.url, MC_SMPP_WINDOW: String(WINDOW), MC_SMPP_TPS: '0' },
    ]),
    ...DATABASES.map((database): [string, string, Record<string, string>] => [
      `${database}, simulator`,
      database,
      {
        MC_SMS_PROVIDER: 'simulator',
        SIMULATOR_RECEIPT_DELAY_MS: '0,0',
        SIMULATOR_STOP_RATE: '0',
        SIMULATOR_SMS_OUTCOMES: JSON.stringify({
          delivered: 1,
          notDelivered: 0,
          unassigned: 0,
          unavailableThenDelivered: 0,
          expired: 0,
          operatorRefused: 0,
          rejected: 0,
          unknownError: 0,
          noReceipt: 0,
        }),
      },
    ]),
  ];
  const runs = all.filter(([, , env]) => GATEWAYS.includes(env.MC_SMS_PROVIDER));
  console.log(
    '\n| run | validation | last submission | messages/s | × ceiling | receipts applied | receipts/s | CPU | peak RSS |'
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, database, env] of runs) {
    const before = smsc.submits.length;
    const figures = await campaign(database, env);
    const sending = figures.lastSubmission;
    const perSecond = RECIPIENTS / sending;
    const receiptsPerSecond = RECIPIENTS / Math.max(0.001, figures.lastReceipt - figures.validation);
    console.log(
      `| ${name} | ${figures.validation.toFixed(2)} s | ${sending.toFixed(2)} s | ${fmt(perSecond)} | ${(perSecond / (RECIPIENTS / top.submitted)).toFixed(2)}× | ${figures.lastReceipt.toFixed(2)} s | ${fmt(receiptsPerSecond)} | ${figures.cpuSeconds.toFixed(1)} s | ${mb(figures.peakRss)} |`
    );
    const submits = smsc.submits.slice(before);
    const duplicates = submits.length - new Set(submits.map((submit) => submit.destination)).size;
    const delivered = figures.statusCounts['21'] ?? 0;
    if (figures.recipients !== RECIPIENTS || delivered !== RECIPIENTS || duplicates !== 0) {
      ok = false;
      console.log(`  counts wrong: ${JSON.stringify({ statusCounts: figures.statusCounts, duplicates })}`);
    }
    if (env.MC_SMS_PROVIDER === 'smpp' && submits.length !== RECIPIENTS) {
      ok = false;
      console.log(`  the SMSC received ${submits.length} submits`);
    }
  }
  await smsc.close();
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
