/**
 * The Strapi side of `bench/recipients-table.bench.ts`: boots the playground on the database the
 * DATABASE_* variables name, then writes BENCH_ROWS recipients' life (validation's insert, the
 * claims with their submissions, the receipts) into two tables with the plugin's own SQL
 * (`server/src/store/bulk-update.ts`): the recipient content type as Strapi creates it
 * (document_id, locale, published_at, created_by_id, updated_by_id and their indexes), and a table
 * of the same columns without them, with the plugin's indexes only. Prints the times as JSON.
 */
'use strict';

const { playgroundSecrets } = require('./secrets');
const { join } = require('node:path');
// Strapi runs in plain Node (its Koa refuses tsx's transformed generators); only the plugin's SQL
// helpers go through tsx.
const tsx = require('tsx/cjs/api');
const { insertValues, updateFromValues } = tsx.require(
  join(__dirname, '..', '..', 'server', 'src', 'store', 'bulk-update.ts'),
  __dirname
);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const PLAYGROUND_DIR = join(__dirname, '..', '..', 'playground');
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const COLUMNS = {
  campaign_id: 'integer',
  list_id: 'integer',
  list_name: 'text',
  line: 'integer',
  phone_raw: 'text',
  phone: 'text',
  country: 'text',
  valid: 'boolean',
  allowed: 'boolean',
  status_code: 'integer',
  state: 'text',
  segments: 'integer',
  encoding: 'text',
  credits: 'integer',
  text: 'text',
  fields: 'json',
  attempts: 'integer',
  clicks: 'integer',
  created_at: 'timestamp',
  updated_at: 'timestamp',
};
/** Validation's insert, claims with submissions (batches of 200), receipts (batches of 500). */
async function lifecycle(knex, client, table, document) {
  const now = new Date();
  const rows = Array.from({ length: ROWS }, (_, i) => [
    ...(document ? [`r${String(i).padStart(23, '0')}`, now] : []),
    1,
    1,
    'Bench',
    i + 2,
    `06${String(10_000_000 + i).padStart(8, '0')}`,
    `+336${String(10_000_000 + i).padStart(8, '0')}`,
    'FR',
    true,
    true,
    1,
    'queued',
    1,
    'GSM-7',
    1,
    `Bonjour Pr\xE9nom${i % 997}, votre commande est pr\xEAte au magasin de Ville ${i % 31}. Merci !`,
    JSON.stringify({ Prénom: `Pr\xE9nom${i % 997}`, Ville: `Ville ${i % 31}` }),
    0,
    0,
    now,
    now,
  ]);
  const types = document ? { document_id: 'text', published_at: 'timestamp', ...COLUMNS } : COLUMNS;
  const times = {};
  let start = process.hrtime.bigint();
  await knex.transaction((trx) => insertValues(trx, client, table, types, rows));
  times.insert = seconds(start);
  const ids = (await knex(table).select('id').orderBy('id')).map((row) => Number(row.id));
  start = process.hrtime.bigint();
  for (let from = 0; from < ids.length; from += 200) {
    const batch = ids.slice(from, from + 200);
    await knex.transaction(async (trx) => {
      await trx(table)
        .whereIn('id', batch)
        .update({ state: 'submitting', status_code: 9, attempts: trx.raw('attempts + 1') });
      await updateFromValues(
        trx,
        client,
        table,
        { id: 'integer', pid: 'text' },
        batch.map((id) => [id, `m${id}`]),
        {
          set: { provider_message_id: 'v.pid', state: "'submitted'", status_code: '24' },
        }
      );
    });
  }
  times.claimAndSubmit = seconds(start);
  start = process.hrtime.bigint();
  for (let from = 0; from < ids.length; from += 500) {
    const batch = ids.slice(from, from + 500);
    await updateFromValues(
      knex,
      client,
      table,
      { id: 'integer', code: 'integer', at: 'timestamp' },
      batch.map((id) => [id, 21, now]),
      {
        set: { status_code: 'v.code', delivered_at: 'v.at', state: "'done'" },
        where: 't.status_code NOT IN (21)',
      }
    );
  }
  times.receipts = seconds(start);
  return times;
}
async function main() {
  Object.assign(process.env, {
    ...playgroundSecrets(),
  });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: PLAYGROUND_DIR, distDir: PLAYGROUND_DIR }).load();
  strapi.log.level = 'error';
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  // The same columns as the content type, without Strapi's own, and the plugin's indexes only.
  await knex.schema.createTable('mc_lean_recipients', (t) => {
    t.increments('id');
    t.integer('campaign_id');
    t.integer('list_id');
    t.string('list_name');
    t.integer('line');
    t.string('phone_raw');
    t.string('phone');
    t.string('country', 2);
    t.boolean('valid');
    t.boolean('allowed');
    t.integer('status_code');
    t.string('state', 12);
    t.string('provider_message_id');
    t.json('part_ids');
    t.integer('segments');
    t.string('encoding', 8);
    t.integer('credits');
    t.text('text');
    t.json('fields');
    t.string('lease_owner', 64);
    t.dateTime('lease_until');
    t.integer('attempts');
    t.string('error_code', 64);
    t.dateTime('submitted_at');
    t.dateTime('delivered_at');
    t.text('replies');
    t.integer('clicks');
    t.dateTime('first_click_at');
    t.dateTime('created_at');
    t.dateTime('updated_at');
    t.index(['campaign_id', 'status_code'], 'mc_lean_campaign_status');
    t.index(['campaign_id', 'state', 'id'], 'mc_lean_queue');
    t.index(['campaign_id', 'line'], 'mc_lean_campaign_line');
    t.index(['provider_message_id'], 'mc_lean_provider_id');
    t.index(['phone'], 'mc_lean_phone');
    t.index(['state', 'lease_until'], 'mc_lean_lease');
  });
  const contentType = await lifecycle(knex, client, 'mc_recipients', true);
  const lean = await lifecycle(knex, client, 'mc_lean_recipients', false);
  process.stdout.write(`
BENCH_RESULT ${JSON.stringify({ contentType, lean })}
`);
  await strapi.destroy();
}
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
