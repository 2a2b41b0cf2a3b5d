'use strict';

/** `npm run playground`: secrets, then `strapi develop` in this folder with the root node_modules. */
const { spawn } = require('child_process');
const path = require('path');
const { ensureEnv } = require('./ensure-env');

ensureEnv();
const appDir = path.join(__dirname, '..');
// The package's `exports` hide its bin file; resolve the package root and take the bin from there.
const strapiPackage = require.resolve('@strapi/strapi/package.json', { paths: [appDir] });
const { bin } = require(strapiPackage);
const strapiBin = path.join(path.dirname(strapiPackage), typeof bin === 'string' ? bin : bin.strapi);
const child = spawn(process.execPath, [strapiBin, 'develop', ...process.argv.slice(2)], {
  cwd: appDir,
  stdio: 'inherit',
  env: process.env,
});
const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
