'use strict';

/**
 * Runs a Strapi command in the playground with the root node_modules, after making sure its
 * secrets exist: `node playground/scripts/start.js [develop|build|start] [strapi options]`.
 * `npm run playground` runs `develop`; the end-to-end tests `build` then `start`.
 */
const { spawn } = require('child_process');
const path = require('path');
const { ensureEnv } = require('./ensure-env');

const COMMANDS = ['develop', 'build', 'start'];

ensureEnv();
const appDir = path.join(__dirname, '..');
const [first, ...rest] = process.argv.slice(2);
const [command, args] = COMMANDS.includes(first) ? [first, rest] : ['develop', process.argv.slice(2)];
// The package's `exports` hide its bin file; resolve the package root and take the bin from there.
const strapiPackage = require.resolve('@strapi/strapi/package.json', { paths: [appDir] });
const { bin } = require(strapiPackage);
const strapiBin = path.join(path.dirname(strapiPackage), typeof bin === 'string' ? bin : bin.strapi);
const child = spawn(process.execPath, [strapiBin, command, ...args], {
  cwd: appDir,
  stdio: 'inherit',
  env: process.env,
});
const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
