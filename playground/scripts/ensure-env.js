'use strict';

/**
 * Writes playground/.env with fresh random secrets the first time, so that no secret lives in the
 * repository and admin sessions survive restarts. Strapi reads this file at start.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const envFile = path.join(__dirname, '..', '.env');
const secret = () => crypto.randomBytes(24).toString('base64');

const ensureEnv = () => {
  if (fs.existsSync(envFile)) return envFile;
  const lines = [
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `API_TOKEN_SALT=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    `JWT_SECRET=${secret()}`,
  ];
  fs.writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  return envFile;
};

module.exports = { ensureEnv, secret };

if (require.main === module) ensureEnv();
