'use strict';

const { mergeConfig } = require('vite');

/**
 * `strapi develop` discovers the plugin's browser dependencies on the first visit to its pages and
 * reloads the admin each time it finds one; listing them here pre-bundles them at start instead.
 */
module.exports = (config) =>
  mergeConfig(config, {
    optimizeDeps: {
      include: [
        '@strapi/icons',
        'react-intl',
        'zod',
        'libphonenumber-js/max',
        'libphonenumber-js/core',
        'libphonenumber-js/metadata.max.json',
      ],
    },
  });
