const { pluginRoot } = require('./paths');

/** `SIMULATOR_RECEIPT_DELAY_MS=0,0` makes receipts immediate (tests); the default feels like a real network. */
const delayRange = (value) => (value ? value.split(',').map(Number) : undefined);

/**
 * `MC_SMS_PROVIDER=http`: a gateway speaking the README's "HTTP gateway contract". Its secrets come
 * from the environment only (playground/.env is ignored by git).
 */
const httpSms = (env) => ({
  provider: 'http',
  providerOptions: {
    baseUrl: env('MC_HTTP_URL'),
    apiKey: env('MC_HTTP_API_KEY'),
    webhookSecret: env('MC_HTTP_WEBHOOK_SECRET'),
  },
});

/** The simulator: every number meets the same fate each time, receipts arrive after a few seconds. */
const simulatorSms = (env) => ({
  provider: 'simulator',
  providerOptions: {
    seed: env('SIMULATOR_SEED', 'playground'),
    receiptDelayMs: delayRange(env('SIMULATOR_RECEIPT_DELAY_MS')),
    stopReplyRate: 0.01,
  },
});

module.exports = ({ env }) => ({
  'mobile-campaigns': {
    enabled: true,
    resolve: pluginRoot,
    config: {
      providers: {
        sms: env('MC_SMS_PROVIDER') === 'http' ? httpSms(env) : simulatorSms(env),
        voice: {
          provider: 'simulator',
          providerOptions: {
            seed: env('SIMULATOR_SEED', 'playground'),
            receiptDelayMs: delayRange(env('SIMULATOR_RECEIPT_DELAY_MS')),
          },
        },
      },
      // Uploaded files wait here until imported (default: a folder in the OS temp dir).
      // Several instances need one shared folder (see the README); imports run two at once per instance by default.
      imports: { directory: env('IMPORT_DIRECTORY', undefined), maxWorkers: env.int('IMPORT_MAX_WORKERS', undefined) },
    },
  },
});
