const fs = require('fs');
const path = require('path');

/**
 * Config files run from playground/config (tests load the app as is) or from playground/dist/config
 * (`strapi develop` compiles the app first): find the app folder either way.
 */
const appRoot = fs.existsSync(path.join(__dirname, '..', 'package.json'))
  ? path.resolve(__dirname, '..')
  : path.resolve(__dirname, '..', '..');

module.exports = { appRoot, pluginRoot: path.resolve(appRoot, '..') };
