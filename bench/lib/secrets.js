/** Fresh secrets for a benchmark's playground Strapi (a production boot needs them all). */
'use strict';

const { randomBytes } = require('node:crypto');

const secret = () => randomBytes(16).toString('base64');

exports.playgroundSecrets = () => ({
  NODE_ENV: 'production',
  APP_KEYS: [secret(), secret()].join(','),
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  PLAYGROUND_QUIET: 'true',
});
