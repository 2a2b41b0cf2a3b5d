import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type {
  DeliveryReceipt,
  GatewayProvider,
  OutboundMessage,
  ProviderContext,
  ProviderModule,
  SubmitResult,
} from './types';

/**
 * A local gateway for the playground and the tests. Each number always meets the same fate
 * (a hash of seed + number picks an outcome by the configured weights), receipts arrive after
 * a realistic delay, and every delivery status of the seeds' Annexe 3 can occur.
 */
const SMS_OUTCOMES = {
  delivered: [21],
  notDelivered: [20],
  unassigned: [29],
  /** Phone off: first a "mobile unavailable" receipt, then delivered on a later attempt. */
  unavailableThenDelivered: [31, 21],
  expired: [31, 22],
  operatorRefused: [13],
  rejected: [27],
  unknownError: [26],
  /** Posted to the operator, never acknowledged: the recipient stays "sent" until consolidation. */
  noReceipt: [],
} as const;

const VOICE_OUTCOMES = { delivered: [21], notDelivered: [117], noReceipt: [] } as const;

type SmsOutcome = keyof typeof SMS_OUTCOMES;
type VoiceOutcome = keyof typeof VOICE_OUTCOMES;

const weights = <K extends string>(keys: readonly K[]) =>
  z.object(
    Object.fromEntries(keys.map((key) => [key, z.number().min(0).optional()])) as Record<K, z.ZodOptional<z.ZodNumber>>
  );

const optionsSchema = z.object({
  seed: z.string().default('simulator'),
  smsOutcomes: weights(Object.keys(SMS_OUTCOMES) as SmsOutcome[]).default({}),
  voiceOutcomes: weights(Object.keys(VOICE_OUTCOMES) as VoiceOutcome[]).default({}),
  /** Receipt delay range in milliseconds; [0, 0] answers at once (tests). */
  receiptDelayMs: z.tuple([z.number().int().min(0), z.number().int().min(0)]).default([300, 4000]),
  /** Share of delivered recipients who reply STOP (0–1), to exercise opt-out handling. */
  stopReplyRate: z.number().min(0).max(1).default(0),
  /** Balance reported by `balance()`; null for "unknown". */
  balance: z.number().nullable().default(null),
});

export type SimulatorOptions = z.input<typeof optionsSchema>;

const DEFAULT_SMS_WEIGHTS: Record<SmsOutcome, number> = {
  delivered: 90,
  notDelivered: 2,
  unassigned: 2,
  unavailableThenDelivered: 2,
  expired: 1,
  operatorRefused: 0.5,
  rejected: 0.5,
  unknownError: 0.5,
  noReceipt: 1.5,
};
const DEFAULT_VOICE_WEIGHTS: Record<VoiceOutcome, number> = { delivered: 85, notDelivered: 13, noReceipt: 2 };

/**
 * FNV-1a with murmur3's final mix, 32 bits, as a number in [0, 1). Stable across runs and
 * machines; the mix spreads numbers that differ in one digit (lists are often sequential).
 */
export const unitHash = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x1_0000_0000;
};

const pick = <K extends string>(table: Record<K, number>, u: number): K => {
  const entries = Object.entries(table) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = u * total;
  for (const [key, weight] of entries) {
    if (threshold < weight) return key;
    threshold -= weight;
  }
  return entries[entries.length - 1][0];
};

/** The statuses a number will go through, in order. Exported for tests and the playground docs. */
export const simulatedStatuses = (
  options: SimulatorOptions,
  message: Pick<OutboundMessage, 'channel' | 'to'>
): number[] => {
  const parsed = optionsSchema.parse(options);
  return outcomeCodes(parsed, message);
};

const outcomeCodes = (
  options: z.output<typeof optionsSchema>,
  message: Pick<OutboundMessage, 'channel' | 'to'>
): number[] => {
  const u = unitHash(`${options.seed}:${message.to}`);
  if (message.channel === 'voice') {
    return [...VOICE_OUTCOMES[pick({ ...DEFAULT_VOICE_WEIGHTS, ...definedOnly(options.voiceOutcomes) }, u)]];
  }
  return [...SMS_OUTCOMES[pick({ ...DEFAULT_SMS_WEIGHTS, ...definedOnly(options.smsOutcomes) }, u)]];
};

const definedOnly = <T extends Record<string, number | undefined>>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Record<string, number>;

const init: ProviderModule['init'] = (rawOptions, context: ProviderContext): GatewayProvider => {
  const options = optionsSchema.parse(rawOptions ?? {});
  const timers = new Set<NodeJS.Timeout>();
  const [minDelay, maxDelay] = options.receiptDelayMs;

  const later = (delayMs: number, task: () => unknown) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      Promise.resolve()
        .then(task)
        .catch((error: unknown) =>
          context.logger.error(`[mobile-campaigns] simulator callback failed: ${String(error)}`)
        );
    }, delayMs);
    timer.unref();
    timers.add(timer);
  };

  const delayFor = (to: string, step: number) =>
    Math.round(minDelay + (maxDelay - minDelay) * unitHash(`${options.seed}:delay:${step}:${to}`)) * (step + 1);

  const scheduleReceipts = (message: OutboundMessage, providerMessageId: string) => {
    const codes = outcomeCodes(options, message);
    codes.forEach((statusCode, step) => {
      later(delayFor(message.to, step), () => {
        const receipt: DeliveryReceipt = { providerMessageId, statusCode, at: new Date() };
        return context.onReceipt(receipt);
      });
    });
    const delivered = codes[codes.length - 1] === 21;
    if (
      delivered &&
      message.channel === 'sms' &&
      unitHash(`${options.seed}:stop:${message.to}`) < options.stopReplyRate
    ) {
      later(delayFor(message.to, codes.length), () =>
        context.onInbound({ from: message.to, text: 'STOP', at: new Date() })
      );
    }
  };

  return {
    async send(batch) {
      return batch.map((message): SubmitResult => {
        const providerMessageId = `sim-${randomUUID()}`;
        scheduleReceipts(message, providerMessageId);
        return { id: message.id, accepted: true, providerMessageId };
      });
    },
    async balance() {
      return options.balance;
    },
    async close() {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
};

export default { init } satisfies ProviderModule;
