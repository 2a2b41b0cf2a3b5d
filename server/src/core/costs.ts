import { isBilledStatus, isFinalStatus } from './status';
import type { Channel } from './types';

/**
 * Credits: one per SMS segment, one per voicemail drop (seed 001: "chaque tranche de 153
 * caractères est facturée comme 1 SMS"). Credits are reserved at validation for every recipient
 * that will be sent to, and refunded when the final status is not billed (Annexe 3 "Facturé").
 */

export interface RecipientCost {
  channel: Channel;
  /** SMS segments of this recipient's personalised text; ignored for voice. */
  segments?: number;
  /** Known status; without one the recipient is costed as if sent (reservation). */
  statusCode?: number;
}

export function recipientCredits({ channel, segments, statusCode }: RecipientCost): number {
  if (statusCode !== undefined && !isBilledStatus(statusCode)) return 0;
  if (channel === 'voice') return 1;
  return Math.max(0, Math.trunc(segments ?? 1));
}

export function campaignCredits(recipients: Iterable<RecipientCost>): number {
  let total = 0;
  for (const r of recipients) total += recipientCredits(r);
  return total;
}

/**
 * Credits to give back for a recipient's status: everything reserved when the status is final
 * and not billed (excluded, invalid, errors), nothing otherwise. A non-final status refunds
 * nothing yet: its fate is open. A recipient abandoned mid-way is first settled
 * (`settleOnExpiry` → 12, processing error) and then refunded, as DESIGN asks after a crash.
 */
export function refundFor(statusCode: number, reserved: number): number {
  if (!isFinalStatus(statusCode) || isBilledStatus(statusCode)) return 0;
  return Math.max(0, reserved);
}
