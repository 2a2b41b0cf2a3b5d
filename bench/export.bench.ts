/**
 * The report CSV download (issue 12): `npm run bench:export` (BENCH_ROWS, default 1,000,000;
 * BENCH_DATABASE, default `sqlite`, also `postgres` or `mysql`).
 *
 * A completed SMS campaign of BENCH_ROWS recipients is written with bulk SQL (batch inserts in one
 * transaction) into an empty playground database: six file fields with accents, statuses mixed
 * (delivered, not delivered, pending, invalid, duplicates, STOP), one tracked link per recipient
 * sent, some clicked or previewed, a few replies. Then, side by side in the same run:
 * - baseline: the same lines' values, already in memory, through `toCsvLine` alone into a sink;
 * - download: `GET report.csv` from the playground Strapi in a child process, body streamed and
 *   discarded, bytes and lines counted, the child's RSS sampled every 100 ms.
 * Exit 1 when the download does not have BENCH_ROWS + 1 lines. Speed is printed, never asserted.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { STATUS_CODES, reportDateFormatter, toCsvLine, type CsvValue } from '../server/src/core';
import { freshDatabase } from '../tests/helpers/database';
import { instanceSecrets, openDatabase, startInstance } from '../tests/helpers/instance';

const DATABASE = process.env.BENCH_DATABASE ?? 'sqlite';
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** The Strapi child's V8 old space, in MB (BENCH_CHILD_HEAP_MB): a download that fits a small heap is flat. */
const CHILD_HEAP_MB = Number(process.env.BENCH_CHILD_HEAP_MB ?? 0);
const BATCH = 500;
const FIELDS = ['Civilité', 'Prénom', 'Nom', 'Ville', 'Code postal', 'Date d’inscription'];
const FIRST_NAMES = ['Élodie', 'Jérôme', 'Hélène', 'François', 'Zoé', 'Gaëlle', 'Loïc', 'Anaïs', 'Benoît', 'Cécile'];
const LAST_NAMES = ['Lefèvre', 'Dupré', 'Muñoz', 'Bézier', 'Châtelain', 'Rousseau', 'Noël', 'Gérard', 'Hervé'];
const CITIES = ['Besançon', 'Orléans', 'Nîmes', 'Saint-Étienne', 'Pointe-à-Pitre', 'Montréal', 'Sète', 'Évry'];
const START = Date.UTC(2026, 10, 20, 17, 0, 0);
const TIME_ZONE = 'Europe/Paris';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/** One recipient of the campaign, as validation, dispatch, receipts and tracking leave it. */
const recipient = (i: number) => {
  const id = i + 1;
  const kind = i % 20;
  // 13/20 delivered, 1 STOP, 2 not delivered, 1 pending receipt, 1 invalid, 1 duplicate, 1 expired.
  const statusCode =
    kind < 13 ? 21 : kind === 13 ? 17 : kind < 16 ? 20 : kind === 16 ? 24 : kind === 17 ? 2 : kind === 18 ? 4 : 22;
  const valid = statusCode !== 2;
  const sent = ![2, 4].includes(statusCode);
  const digits = String(10_000_000 + ((i * 48271) % 90_000_000)).padStart(8, '0');
  const submittedAt = sent ? START + (i % 3600) * 1000 : null;
  const deliveredAt = sent && statusCode !== 24 ? submittedAt! + 4000 + (i % 50) * 100 : null;
  const replies = statusCode === 17 ? ['STOP'] : i % 997 === 0 ? ['Merci', 'C’est noté ; à bientôt'] : [];
  const clicks = sent && i % 7 === 0 ? 1 + (i % 3) : 0;
  const previews = sent && i % 11 === 0 ? 1 : 0;
  const fields: Record<string, string> = {
    Civilité: i % 2 ? 'Mme' : 'M.',
    Prénom: FIRST_NAMES[i % FIRST_NAMES.length]!,
    Nom: `${LAST_NAMES[i % LAST_NAMES.length]!}${i % 3 === 0 ? '-Brûlé' : ''}`,
    Ville: CITIES[i % CITIES.length]!,
    'Code postal': String(10_000 + (i % 85_000)),
    'Date d’inscription': `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2025`,
  };
  return {
    id,
    statusCode,
    valid,
    sent,
    phoneRaw: valid
      ? `06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`
      : '12345',
    phone: valid ? `+336${digits}` : null,
    submittedAt,
    deliveredAt,
    replies,
    link: sent
      ? {
          clicks,
          previews,
          firstClickAt: clicks ? submittedAt! + 60_000 : null,
          lastClickAt: clicks ? submittedAt! + 90_000 : null,
          firstPreviewAt: previews ? submittedAt! + 30_000 : null,
        }
      : null,
    fields,
  };
};

/** The values of the report's line for a recipient, built in this process (what `toCsvLine` is fed). */
const lineValues = (date: (at: Date | null) => string) => (i: number) => {
  const r = recipient(i);
  const at = (ms: number | null | undefined) => date(ms === null || ms === undefined ? null : new Date(ms));
  return [
    'Bench',
    i + 2,
    r.phone ?? r.phoneRaw,
    r.statusCode,
    STATUS_CODES[r.statusCode]!.label.fr,
    at(r.deliveredAt),
    r.replies.join('#'),
    at(r.link?.firstPreviewAt),
    r.link?.previews ?? 0,
    at(r.link?.firstClickAt),
    r.link?.clicks ?? 0,
    'True',
    r.valid ? 'True' : 'False',
    r.valid ? 'FR' : '',
    ...FIELDS.map((field) => r.fields[field]!),
  ] as CsvValue[];
};

/** The id of a row just inserted, as each driver gives it back. */
const insertedId = (result: unknown[]): number => {
  const first = result[0] as { id?: unknown } | number;
  return Number(typeof first === 'object' ? first.id : first);
};

/** Writes the campaign, its list and recipients and short links; returns the campaign's id and the seconds. */
async function seed(knex: any) {
  // Strapi keeps SQLite datetimes as epoch milliseconds; knex would write Dates as text there.
  const at = (ms: number | null) => (ms === null ? null : DATABASE === 'sqlite' ? ms : new Date(ms));
  const now = at(Date.now());
  const stamps = { created_at: now, updated_at: now, published_at: now };
  const start = process.hrtime.bigint();
  let campaignId = 0;
  await knex.transaction(async (trx: any) => {
    const listId = insertedId(
      await trx('mc_lists')
        .insert({
          document_id: 'benchlist000000000000001',
          name: 'Bench',
          kind: 'contacts',
          status: 'active',
          persistence: 'permanent',
          contact_count: ROWS,
          fields: JSON.stringify(FIELDS),
          ...stamps,
        })
        .returning('id')
    );
    campaignId = insertedId(
      await trx('mc_campaigns')
        .insert({
          document_id: 'benchcampaign00000000001',
          name: 'Bench export',
          channel: 'sms',
          kind: 'marketing',
          status: 'completed',
          message: 'Bonjour ${Prénom}, -20 % à ${Ville} : ${track_1} STOP 36173',
          tracked_links: JSON.stringify([{ url: 'https://www.monsite.com/soldes' }]),
          list_ids: JSON.stringify([listId]),
          recipient_count: ROWS,
          started_at: at(START),
          completed_at: at(START + 86_400_000),
          ...stamps,
        })
        .returning('id')
    );
    for (let from = 0; from < ROWS; from += BATCH) {
      const recipients = [];
      const links = [];
      for (let i = from; i < Math.min(ROWS, from + BATCH); i++) {
        const r = recipient(i);
        recipients.push({
          id: r.id,
          document_id: `r${String(i).padStart(23, '0')}`,
          campaign_id: campaignId,
          list_id: listId,
          list_name: 'Bench',
          line: i + 2,
          phone_raw: r.phoneRaw,
          phone: r.phone,
          country: r.valid ? 'FR' : null,
          valid: r.valid,
          allowed: true,
          status_code: r.statusCode,
          state: 'done',
          segments: r.sent ? 1 : 0,
          encoding: 'GSM-7',
          credits: r.sent ? 1 : 0,
          text: r.sent
            ? `Bonjour ${r.fields.Prénom}, -20 % à ${r.fields.Ville} : https://mc.test/l/x STOP 36173`
            : null,
          fields: JSON.stringify(r.fields),
          attempts: r.sent ? 1 : 0,
          submitted_at: at(r.submittedAt),
          delivered_at: at(r.deliveredAt),
          replies: r.replies.length ? JSON.stringify(r.replies) : null,
          clicks: r.link?.clicks ?? 0,
          first_click_at: at(r.link?.firstClickAt ?? null),
          ...stamps,
        });
        if (r.link) {
          links.push({
            document_id: `l${String(i).padStart(23, '0')}`,
            code: `b${i.toString(36)}`,
            url: 'https://www.monsite.com/soldes',
            campaign_id: campaignId,
            recipient_id: r.id,
            track_index: 1,
            clicks: r.link.clicks,
            previews: r.link.previews,
            first_click_at: at(r.link.firstClickAt),
            last_click_at: at(r.link.lastClickAt),
            first_preview_at: at(r.link.firstPreviewAt),
            ...stamps,
          });
        }
      }
      await trx('mc_recipients').insert(recipients);
      if (links.length) await trx('mc_short_links').insert(links);
    }
  });
  return { campaignId, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Peak resident memory of a process: the highest VmRSS seen every 100 ms, and the kernel's VmHWM. */
const sampleMemory = (pid: number) => {
  let peak = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, rss);
      return { rss, hwm };
    } catch {
      return { rss: 0, hwm: 0 };
    }
  };
  const start = read();
  const timer = setInterval(read, 100);
  return {
    start,
    stop: () => {
      clearInterval(timer);
      return { peak: Math.max(peak, read().rss), hwm: read().hwm };
    },
  };
};

/** The body of a GET, streamed and discarded: its bytes and lines. Bounded by `timeoutMs`. */
const download = (url: string, token: string, timeoutMs: number) =>
  new Promise<{ status: number; bytes: number; lines: number }>((resolve, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      let bytes = 0;
      let lines = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, lines }));
      response.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`No answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });

/** toCsvLine alone on the same lines' values, built beforehand; the process's own RSS sampled. */
const baseline = () => {
  const values = lineValues(reportDateFormatter(TIME_ZONE));
  const rows: CsvValue[][] = [];
  for (let i = 0; i < ROWS; i++) rows.push(values(i));
  const memory = sampleMemory(process.pid);
  const start = process.hrtime.bigint();
  let bytes = 0;
  let lines = 0;
  for (const row of rows) {
    bytes += Buffer.byteLength(toCsvLine(row));
    lines++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, bytes, lines, memory: memory.stop() };
};

async function main() {
  process.env.DATABASE_CLIENT = DATABASE;
  const db = await freshDatabase();
  const heap: Record<string, string> = CHILD_HEAP_MB
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${CHILD_HEAP_MB}`.trim() }
    : {};
  const instance = await startInstance(
    { ...instanceSecrets(), ...db.env, DATABASE_CLIENT: DATABASE, ...heap },
    180_000
  );
  const knex = openDatabase(db.env);
  let ok = true;
  try {
    const { campaignId, seconds: seeded } = await seed(knex);
    console.log(`\nseeded ${fmt(ROWS)} recipients on ${DATABASE} in ${seeded.toFixed(1)} s`);
    const base = baseline();

    const pid = instance.child.pid!;
    const memory = sampleMemory(pid);
    const start = process.hrtime.bigint();
    const got = await download(
      `${instance.url}/mobile-campaigns/campaigns/${campaignId}/report.csv`,
      instance.adminToken,
      30 * 60_000
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const rss = memory.stop();

    console.log(
      `\nReport CSV of ${fmt(ROWS)} recipients on ${DATABASE} (1 tracked link, ${FIELDS.length} file fields)`
    );
    console.log('\n| run | time | rows/s | MB | lines | peak RSS | × baseline time |');
    console.log('|---|---|---|---|---|---|---|');
    console.log(
      `| toCsvLine alone (bench process, values in memory) | ${base.seconds.toFixed(2)} s | ${fmt(ROWS / base.seconds)} | ${(base.bytes / 1e6).toFixed(1)} | ${fmt(base.lines)} | ${mb(base.memory.peak)} (VmHWM ${mb(base.memory.hwm)}) | 1.00× |`
    );
    console.log(
      `| GET report.csv (Strapi child, streamed) | ${seconds.toFixed(2)} s | ${fmt(ROWS / seconds)} | ${(got.bytes / 1e6).toFixed(1)} | ${fmt(got.lines)} | ${mb(rss.peak)} (VmHWM ${mb(rss.hwm)}, ${mb(memory.start.rss)} before) | ${(seconds / base.seconds).toFixed(2)}× |`
    );
    if (got.status !== 200 || got.lines !== ROWS + 1) {
      ok = false;
      console.log(`\nstatus ${got.status}, ${fmt(got.lines)} lines: expected 200 and ${fmt(ROWS + 1)} lines`);
    }
  } finally {
    await instance.kill('SIGTERM').catch(() => undefined);
    await knex.destroy();
    await db.drop();
  }
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
