/**
 * The Strapi side of `bench/import.bench.ts`: boots the playground on the database the
 * DATABASE_* variables name, imports the file through the real `imports` service as the admin
 * does (upload, analysis, import into a new list with Prénom, Nom and Email mapped to the
 * contact, or, with BENCH_DIRECTORY=0, into a list that stands alone; with BENCH_UPDATE=1 appended to a
 * list with "update existing contacts" over a directory that already holds every number), and prints its figures as JSON. Plain Node on the built plugin, like a real app.
 * With BENCH_FLOOR (`{"entries":…,"contacts":…}`) it measures the database's own floor instead
 * (`database-floor.js`).
 */
'use strict';

const { playgroundSecrets } = require('./secrets');
const { copyFileSync, mkdtempSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { setInterval, clearInterval } = require('node:timers');
const { databaseFloor } = require('./database-floor');

const PLAYGROUND_DIR = join(__dirname, '..', '..', 'playground');
const WORKING = ['analysing', 'importing', 'cancelling'];
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

async function main(file) {
  const work = mkdtempSync(join(tmpdir(), 'mc-bench-import-'));
  Object.assign(process.env, {
    ...playgroundSecrets(),
    IMPORT_DIRECTORY: join(work, 'imports'),
  });
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: PLAYGROUND_DIR, distDir: PLAYGROUND_DIR }).load();
  strapi.log.level = 'error';
  // Resident memory sampled every 50 ms: after boot, then the peak of each pass.
  const rss = { boot: process.memoryUsage().rss, analysis: 0, import: 0 };
  let phase = 'boot';
  const sampler = setInterval(() => {
    if (phase !== 'boot') rss[phase] = Math.max(rss[phase], process.memoryUsage().rss);
  }, 50);
  try {
    if (process.env.BENCH_FLOOR) {
      const floor = await databaseFloor(strapi, JSON.parse(process.env.BENCH_FLOOR));
      process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(floor)}`);
      return;
    }
    const plugin = strapi.plugin('mobile-campaigns');
    const imports = plugin.service('imports');
    const attributes = await plugin.service('attributes').list();
    const upload = join(work, 'upload.csv');
    copyFileSync(file, upload); // what the body middleware does before the service sees the file
    const again = join(work, 'again.csv');
    copyFileSync(file, again);

    const settle = async (id) => {
      for (let i = 0; i < 100_000; i++) {
        const job = await imports.findOne(id);
        if (!WORKING.includes(job.status)) return job;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error('The import did not end');
    };

    let start = process.hrtime.bigint();
    let job = await imports.upload({ filepath: upload, originalFilename: 'bench.csv', size: statSync(upload).size });
    const detect = seconds(start);
    const { encoding, delimiter, hasHeader, phoneColumn, headers } = job.format;

    phase = 'analysis';
    start = process.hrtime.bigint();
    await imports.analyse(job.id, { encoding, delimiter, hasHeader, phoneColumn, listKind: 'contacts' });
    job = await settle(job.id);
    const analyse = seconds(start);
    if (job.status !== 'analysed') throw new Error(`Analysis ended ${job.status}: ${JSON.stringify(job.error)}`);

    const mapping = headers.map((header) => {
      const attribute = attributes.find((item) => item.variable === header);
      return attribute ? { action: 'attribute', attributeId: attribute.id } : { action: 'field', name: header };
    });
    const directory = process.env.BENCH_DIRECTORY !== '0';
    const updating = process.env.BENCH_UPDATE === '1';
    let target = { kind: 'new-list', list: { name: 'Bench', kind: 'contacts' } };
    if (updating) {
      // Not timed: the same file makes the directory first, through another list, and the timed
      // import appends it to a list of one row with "update existing contacts".
      await imports.start(job.id, { target: { kind: 'new-list', list: { name: 'Base' } }, mapping, directory });
      if ((await settle(job.id)).status !== 'completed') throw new Error('The first import failed');
      const second = await imports.upload({
        filepath: again,
        originalFilename: 'bench.csv',
        size: statSync(again).size,
      });
      await imports.analyse(second.id, { encoding, delimiter, hasHeader, phoneColumn, listKind: 'contacts' });
      job = await settle(second.id);
      const list = await plugin.service('lists').create({ name: 'Bench' });
      // A number outside the file's ranges (06 1x–8x, 07 5x–8x): the list is appended to.
      await plugin.service('entries').add(list.id, { phone: '07 40 00 00 01' });
      target = { kind: 'list', listId: list.id };
    }
    phase = 'import';
    start = process.hrtime.bigint();
    await imports.start(job.id, { target, mapping, directory, updateExisting: updating });
    job = await settle(job.id);
    const importSeconds = seconds(start);
    if (job.status !== 'completed') throw new Error(`Import ended ${job.status}: ${JSON.stringify(job.error)}`);

    const list = await plugin.service('lists').findOne(job.listId);
    const figures = {
      detect,
      analyse,
      import: importSeconds,
      peakRss: process.resourceUsage().maxRSS * 1024,
      rss,
      summary: job.summary,
      result: job.result,
      listContacts: list.contactCount,
      directoryContacts: await strapi.db.query('plugin::mobile-campaigns.contact').count(),
      listRows: await strapi.db.query('plugin::mobile-campaigns.list-entry').count(),
    };
    process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(figures)}`);
  } finally {
    clearInterval(sampler);
    await strapi.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
