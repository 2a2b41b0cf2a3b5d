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

/**
 * `MC_SMS_PROVIDER=smpp` binds to `MC_SMPP_URL` (smpp://<system_id>:<password>@<host>:<port>) with
 * `MC_SMPP_TPS` (0 = no limit) and `MC_SMPP_WINDOW` (submits in flight).
 */
const smppSms = (env) => ({
  provider: 'smpp',
  providerOptions: {
    url: env('MC_SMPP_URL'),
    tps: env.int('MC_SMPP_TPS', 0),
    window: env.int('MC_SMPP_WINDOW', 10),
  },
});

/**
 * The simulator: every number meets the same fate each time, receipts arrive after a few seconds.
 * `SIMULATOR_SMS_OUTCOMES` (JSON weights, e.g. `{"delivered":1,"notDelivered":0,…}`) and
 * `SIMULATOR_STOP_RATE` change the mix (the benchmark delivers everything).
 */
const simulatorSms = (env) => ({
  provider: 'simulator',
  providerOptions: {
    seed: env('SIMULATOR_SEED', 'playground'),
    receiptDelayMs: delayRange(env('SIMULATOR_RECEIPT_DELAY_MS')),
    stopReplyRate: env.float('SIMULATOR_STOP_RATE', 0.01),
    ...(env('SIMULATOR_SMS_OUTCOMES') ? { smsOutcomes: JSON.parse(env('SIMULATOR_SMS_OUTCOMES')) } : {}),
  },
});

const SMS_PROVIDERS = { http: httpSms, smpp: smppSms, simulator: simulatorSms };

/** `MC_SMS_PROVIDER` = simulator (default) | smpp | http. */
const smsProvider = (env) => {
  const name = env('MC_SMS_PROVIDER', 'simulator');
  const build = SMS_PROVIDERS[name];
  if (!build) throw new Error(`MC_SMS_PROVIDER must be one of ${Object.keys(SMS_PROVIDERS).join(', ')}; got "${name}"`);
  return build(env);
};

module.exports = ({ env }) => ({
  'mobile-campaigns': {
    enabled: true,
    resolve: pluginRoot,
    config: {
      providers: {
        sms: smsProvider(env),
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
      // `MC_TICK_MS`: how often the dispatcher looks for due work (default 2 s). The reliability tests
      // shorten the lease of claimed recipients and the wait of unknown outcomes for a late receipt.
      // `MC_SMS_WINDOW` / `MC_VOICE_WINDOW`: a sending window of the host's own, as JSON
      // (`{"days":{"1":[["09:00","19:00"]]},"excludeHolidays":true}`), instead of the Settings preset.
      sendingWindows: { sms: env.json('MC_SMS_WINDOW', undefined), voice: env.json('MC_VOICE_WINDOW', undefined) },
      // `MC_SMS_RATE`: messages per second for SMS, all gateways (0 = no limit).
      dispatch: {
        rate: { sms: env.float('MC_SMS_RATE', undefined) },
        tickMs: env.int('MC_TICK_MS', undefined),
        leaseMs: env.int('MC_DISPATCH_LEASE_MS', undefined),
        unknownGraceMs: env.int('MC_DISPATCH_UNKNOWN_GRACE_MS', undefined),
      },
    },
  },
});
