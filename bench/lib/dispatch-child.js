/**
 * The Strapi side of `bench/dispatch.bench.ts`: boots the playground on the database the
 * DATABASE_* variables name, with the gateway the MC_* variables name, imports BENCH_RECIPIENTS
 * numbers into a list through the real `imports` service, then sends a personalised
 * notification campaign to it through the real `campaigns` service (validation, the dispatcher,
 * receipts), and prints its figures as JSON: validation time, the time to the last submission
 * and to the last receipt applied, CPU time and peak resident memory of this process.
 */
'use strict';

const { playgroundSecrets } = require('./secrets');
const { mkdtempSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { setInterval, clearInterval } = require('node:timers');

const PLAYGROUND_DIR = join(__dirname, '..', '..', 'playground');
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * BENCH_SQL_STATS=1: the time from each statement's start to its answer, summed by statement
 * shape (lists of placeholders folded), printed to stderr: where the database's share goes.
 */
function sqlTimings(knex) {
  const started = new Map();
  const totals = new Map();
  knex.on('query', (query) => started.set(query.__knexQueryUid, process.hrtime.bigint()));
  const done = (_error, query) => {
    const at = started.get(query.__knexQueryUid);
    if (at === undefined) return;
    started.delete(query.__knexQueryUid);
    const shape = String(query.sql)
      .replace(/(\?,\s*)+\?/g, '?…')
      .replace(/\s+/g, ' ')
      .slice(0, 160);
    const entry = totals.get(shape) ?? { count: 0, ns: 0n };
    entry.count += 1;
    entry.ns += process.hrtime.bigint() - at;
    totals.set(shape, entry);
  };
  knex.on('query-response', (_response, query) => done(null, query));
  knex.on('query-error', (error, query) => done(error, query));
  return {
    report: () =>
      [...totals]
        .sort((a, b) => Number(b[1].ns - a[1].ns))
        .slice(0, 25)
        .map(
          ([shape, { count, ns }]) =>
            `${(Number(ns) / 1e9).toFixed(2).padStart(7)} s ${String(count).padStart(7)}× ${shape}`
        )
        .join('\n') + '\n',
  };
}

async function main() {
  const count = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
  const work = mkdtempSync(join(tmpdir(), 'mc-bench-dispatch-'));
  Object.assign(process.env, {
    ...playgroundSecrets(),
    IMPORT_DIRECTORY: join(work, 'imports'),
  });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: PLAYGROUND_DIR, distDir: PLAYGROUND_DIR }).load();
  strapi.log.level = 'error';
  const plugin = strapi.plugin('mobile-campaigns');

  // The audience: `count` French mobiles with a first name and a city each.
  const file = join(work, 'audience.csv');
  let csv = 'Portable;Prénom;Ville\n';
  for (let i = 0; i < count; i++)
    csv += `06${String(10_000_000 + i).padStart(8, '0')};Prénom${i % 997};Ville ${i % 31}\n`;
  writeFileSync(file, csv);
  const imports = plugin.service('imports');
  let job = await imports.upload({ filepath: file, originalFilename: 'audience.csv', size: statSync(file).size });
  const { encoding, delimiter, hasHeader, phoneColumn } = job.format;
  await imports.analyse(job.id, { encoding, delimiter, hasHeader, phoneColumn, listKind: 'contacts' });
  for (let i = 0; i < 2400 && (job = await imports.findOne(job.id)).status === 'analysing'; i++) await sleep(100);
  await imports.start(job.id, {
    target: { kind: 'new-list', list: { name: 'Bench' } },
    mapping: [{ action: 'skip' }, { action: 'field', name: 'Prénom' }, { action: 'field', name: 'Ville' }],
  });
  for (let i = 0; i < 2400 && (job = await imports.findOne(job.id)).status === 'importing'; i++) await sleep(100);
  if (job.status !== 'completed') throw new Error(`Import ended ${job.status}`);

  const campaigns = plugin.service('campaigns');
  const draft = await campaigns.createDraft({
    name: 'Bench',
    channel: 'sms',
    kind: 'notification',
    isProof: false,
    message: 'Bonjour ${Prénom}, votre commande est prête au magasin de ${Ville}. Merci !',
    listIds: [job.listId],
  });

  const sqlStats = process.env.BENCH_SQL_STATS ? sqlTimings(strapi.db.connection) : null;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  await campaigns.schedule(draft.id, {});
  const validation = seconds(start);

  // Polled through the queue index (rows not done yet, per state), as cheap as the engine's own
  // checks: a GROUP BY over every recipient 4 times a second would take its share of SQLite's one thread.
  const open = async (states) =>
    Number(
      (
        await strapi.db
          .connection('mc_recipients')
          .count({ n: '*' })
          .where('campaign_id', draft.id)
          .whereIn('state', states)
      )[0].n
    );
  let lastSubmission = null;
  let lastReceipt = null;
  for (let i = 0; i < 60_000; i++) {
    if (lastSubmission === null && (await open(['queued', 'submitting'])) === 0) lastSubmission = seconds(start);
    if (lastSubmission !== null && (await open(['queued', 'submitting', 'submitted', 'unknown'])) === 0) {
      lastReceipt = seconds(start);
      break;
    }
    await sleep(200);
  }
  const details = await campaigns.details(draft.id);
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const figures = {
    recipients: details.recipientCount,
    statusCounts: details.statusCounts,
    validation,
    lastSubmission,
    lastReceipt,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRss,
  };
  if (sqlStats) process.stderr.write(sqlStats.report());
  process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(figures)}\n`);
  await strapi.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
