import { z } from 'zod';

export const creditsSummarySchema = z.object({
  mode: z.enum(['unlimited', 'limited']),
  /** Credits bought or granted, minus credits consumed. */
  balance: z.number().int(),
  /** Credits held by validated campaigns that have not been consumed yet. */
  reserved: z.number().int(),
  /** What a new campaign can use: balance minus reserved (null when unlimited). */
  available: z.number().int().nullable(),
});
export type CreditsSummary = z.infer<typeof creditsSummarySchema>;

export const topUpSchema = z.object({
  amount: z.number().int().positive().max(100_000_000),
  note: z.string().max(200).optional(),
});
export type TopUpInput = z.infer<typeof topUpSchema>;
