/**
 * Short-link redirect benchmark (issue 12): `npm run bench:redirect` (BENCH_DATABASE, default
 * `postgres`; BENCH_LINKS, default 50,000 links; BENCH_REQUESTS, default 50,000 per run;
 * BENCH_CONNECTIONS, default 50).
 *
 * The playground Strapi runs in a child process on an empty database holding BENCH_LINKS short
 * links of one campaign. autocannon (in this process, on loopback) opens them from a phone's
 * user agent, each request a different code in turn:
 * - "cold": BENCH_LINKS codes, more than the redirect's in-memory cache holds, so nearly every
 *   request reads its link from the database;
 * - "hot": 1,000 codes, kept in the cache after their first request.
 * Side by side, in the same run: a bare Node http server answering the same 302 (the ceiling of
 * this loopback and load tool) and Strapi's own `/_health` (its HTTP stack without the plugin).
 * After the runs the instance stops (the counters are flushed on destroy) and the clicks in the
 * database are compared with the 302s autocannon counted: exit 1 if they differ. Speed is
 * reported, never asserted.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createShortCodes } from '../server/src/core';
import { freshDatabase } from '../tests/helpers/database';
import { instanceSecrets, openDatabase, startInstance } from '../tests/helpers/instance';

const DATABASE = process.env.BENCH_DATABASE ?? 'postgres';
const LINKS = Number(process.env.BENCH_LINKS ?? 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const HOT_LINKS = 1000;
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Run {
  name: string;
  requests: number;
  perSecond: number;
  redirects: number;
  others: number;
  errors: number;
  p50: number;
  p99: number;
}

const load = async (name: string, url: string, paths: string[] | null): Promise<Run> => {
  let next = 0;
  const start = process.hrtime.bigint();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    // A fixed number of requests, not a duration: none is left in flight when the run ends, so
    // every request the server counted is one autocannon counted.
    amount: REQUESTS,
    headers: { 'user-agent': PHONE },
    requests: paths
      ? [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
          },
        ]
      : undefined,
  });
  // Timed here: autocannon's own duration is rounded to whole seconds of its sampling.
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    name,
    requests: result.requests.total,
    perSecond: result.requests.total / seconds,
    redirects: result['3xx'] ?? 0,
    others: result.non2xx - (result['3xx'] ?? 0),
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
};

/** The same answer from a bare Node server: what loopback and autocannon allow at most. */
const bareServer = async () => {
  const server = createServer((_request, response) => {
    response.writeHead(302, { Location: 'https://www.monsite.com/offres?id=42', 'Cache-Control': 'no-store' });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
};

async function main() {
  process.env.DATABASE_CLIENT = DATABASE;
  const db = await freshDatabase();
  const instance = await startInstance({ ...instanceSecrets(), ...db.env, DATABASE_CLIENT: DATABASE }, 180_000);
  const knex = openDatabase(db.env);
  let ok = true;
  try {
    const codes = createShortCodes(LINKS);
    const now = new Date();
    for (let from = 0; from < LINKS; from += 1000) {
      await knex('mc_short_links').insert(
        codes.slice(from, from + 1000).map((code, i) => ({
          document_id: `bench${from + i}`,
          code,
          url: `https://www.monsite.com/offres?id=${from + i}`,
          campaign_id: 1,
          recipient_id: from + i + 1,
          track_index: 1,
          clicks: 0,
          previews: 0,
          created_at: now,
          updated_at: now,
          published_at: now,
        }))
      );
    }
    const paths = codes.map((code) => `/l/${code}`);
    const bare = await bareServer();
    const runs: Run[] = [];
    runs.push(await load('bare Node http 302 (ceiling)', bare.url, null));
    bare.close();
    runs.push(await load('Strapi /_health (its stack, no plugin route)', `${instance.url}/_health`, null));
    runs.push(await load(`redirect, cold (${fmt(LINKS)} codes)`, instance.url, paths));
    runs.push(await load(`redirect, hot (${fmt(HOT_LINKS)} codes)`, instance.url, paths.slice(0, HOT_LINKS)));

    const ceiling = runs[0].perSecond;
    console.log(
      `\nShort-link redirects on ${DATABASE}, ${CONNECTIONS} connections, ${fmt(REQUESTS)} requests per run, phone user agent`
    );
    console.log('\n| run | requests | per second | × ceiling | 302 | other status | errors | p50 | p99 |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const run of runs) {
      console.log(
        `| ${run.name} | ${fmt(run.requests)} | ${fmt(run.perSecond)} | ${(run.perSecond / ceiling).toFixed(2)}× | ${fmt(run.redirects)} | ${fmt(run.others)} | ${run.errors} | ${run.p50} ms | ${run.p99} ms |`
      );
    }
    const redirected = runs.slice(2).reduce((sum, run) => sum + run.redirects, 0);
    if (runs.slice(2).some((run) => run.others > 0 || run.errors > 0)) ok = false;
    if (process.env.BENCH_DEBUG) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const [{ clicks: before }] = await knex('mc_short_links').sum({ clicks: 'clicks' });
      console.log(`before stop: ${before}`);
    }
    await instance.kill('SIGTERM');
    if (process.env.BENCH_DEBUG) console.log(instance.output().slice(-3000));
    const [{ clicks }] = await knex('mc_short_links').sum({ clicks: 'clicks' });
    const counted = Number(clicks ?? 0);
    console.log(`\nclicks in the database: ${fmt(counted)}; 302s answered: ${fmt(redirected)}`);
    if (counted !== redirected) {
      ok = false;
      console.log('  the counters do not equal the redirects');
    }
  } finally {
    await instance.kill('SIGKILL').catch(() => undefined);
    await knex.destroy();
    await db.drop();
  }
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
