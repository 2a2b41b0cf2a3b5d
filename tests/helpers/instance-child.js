/**
 * One playground Strapi in a process of its own, listening on PORT, for the tests that kill an
 * instance or run two of them on one database. Prints `INSTANCE_READY` once it serves HTTP.
 */
'use strict';

const { join } = require('node:path');

async function main() {
  const { createStrapi } = require('@strapi/strapi');
  const appDir = join(__dirname, '..', '..', 'playground');
  const strapi = await createStrapi({ appDir, distDir: appDir }).load();
  strapi.log.level = process.env.INSTANCE_LOG_LEVEL ?? 'error';
  await strapi.listen();
  process.stdout.write('\nINSTANCE_READY\n');
  // SIGTERM and SIGINT: createStrapi already destroys Strapi and exits on them. A second handler
  // here destroyed it twice, and the second call threw while the first was still flushing.
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
