import { z } from 'zod';

/**
 * The smpp provider's options, checked when the provider starts. Either `url`
 * (`smpp://<system_id>:<password>@<host>:<port>`, percent-encoded) or `host` / `systemId` /
 * `password`; fields given next to `url` win over it.
 */
const ms = (fallback: number, min = 0) => z.number().int().min(min).default(fallback);
const tonNpi = z.number().int().min(0).max(255);

const schema = z
  .object({
    url: z.string().optional(),
    host: z.string().min(1).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    systemId: z.string().optional(),
    /** SMPP 3.4 allows 8 characters; some SMSCs accept more, so it is not cut. */
    password: z.string().optional(),
    /** Some SMSCs require one (e.g. "SMPP", a customer code); empty by default. */
    systemType: z.string().max(12).default(''),
    serviceType: z.string().max(5).default(''),
    bind: z.enum(['transceiver', 'transmitter+receiver']).default('transceiver'),
    /** submit_sm allowed in flight (awaiting their resp); keep it ≤ 2–3 × tps. */
    window: z.number().int().min(1).max(1000).default(10),
    /** submit_sm per second over the whole provider (all parts count); 0 = no limit. */
    tps: z.number().min(0).default(0),
    responseTimeoutMs: ms(10_000, 1),
    /** enquire_link period; its resp must come within responseTimeoutMs or the link is dead. 0 = off. */
    enquireLinkMs: ms(30_000),
    reconnect: z
      .object({ initialMs: ms(500, 1), maxMs: ms(30_000, 1), jitter: z.number().min(0).max(1).default(0.5) })
      .default({ initialMs: 500, maxMs: 30_000, jitter: 0.5 }),
    /** How long send() waits for a bind before answering `not-connected`; default responseTimeoutMs. */
    connectWaitMs: z.number().int().min(0).optional(),
    /** Wait after ESME_RTHROTTLED / ESME_RMSGQFUL before the same part is tried again. */
    throttleRetryMs: ms(1_000),
    throttleRetries: z.number().int().min(0).max(100).default(3),
    /** Omitted: alphanumeric sender → TON 5 / NPI 0, a number → international 1 / 1. */
    sourceTon: tonNpi.optional(),
    sourceNpi: tonNpi.optional(),
    destTon: tonNpi.default(1),
    destNpi: tonNpi.default(1),
    registeredDelivery: z.number().int().min(0).max(255).default(1),
    /** Sender used when a message has none (empty: the account default). */
    defaultSender: z.string().max(21).default(''),
    /** IANA zone of the receipts' `done date` when the SMSC writes local time. */
    receiptTimeZone: z.string().default('UTC'),
    /** How long parts of a concatenated inbound message wait for the others. */
    inboundReassemblyMs: ms(60_000, 1),
  })
  .superRefine((value, ctx) => {
    if (value.receiptTimeZone !== 'UTC') {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value.receiptTimeZone }).format(0);
      } catch {
        ctx.addIssue({ code: 'custom', path: ['receiptTimeZone'], message: 'not a known time zone' });
      }
    }
  });

export type SmppOptions = z.input<typeof schema>;

export type ResolvedSmppOptions = Omit<z.output<typeof schema>, 'url' | 'host' | 'port' | 'systemId' | 'password'> & {
  host: string;
  port: number;
  systemId: string;
  password: string;
  connectWaitMs: number;
};

const fromUrl = (url: string) => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('smpp provider: url must look like smpp://<system_id>:<password>@<host>:<port>');
  }
  if (parsed.protocol !== 'smpp:') {
    throw new Error(`smpp provider: url scheme must be smpp:// (got ${parsed.protocol}//)`);
  }
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : undefined,
    systemId: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
};

/** Validated options with defaults; throws a message naming the field (never the password). */
export function parseSmppOptions(raw: unknown): ResolvedSmppOptions {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`smpp provider: ${issue.path.join('.') || 'options'}: ${issue.message}`);
  }
  const { url, host, port, systemId, password, ...rest } = result.data;
  const base: Partial<ReturnType<typeof fromUrl>> = url ? fromUrl(url) : {};
  const resolved = {
    ...rest,
    host: host ?? base.host ?? '',
    port: port ?? base.port ?? 2775,
    systemId: systemId ?? base.systemId ?? '',
    password: password ?? base.password ?? '',
    connectWaitMs: rest.connectWaitMs ?? rest.responseTimeoutMs,
  };
  if (!resolved.host) throw new Error('smpp provider: give url or host');
  if (!resolved.systemId) throw new Error('smpp provider: give a system_id (in url or systemId)');
  return resolved;
}
