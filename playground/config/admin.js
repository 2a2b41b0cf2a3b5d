module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi's login limit (5 tries per 5 minutes per email and address) stays on; the end-to-end
  // run, which logs in once per test from one address, raises it with ADMIN_LOGIN_RATE_LIMIT.
  rateLimit: { enabled: true, max: env.int('ADMIN_LOGIN_RATE_LIMIT', 5) },
});
