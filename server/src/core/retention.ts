/**
 * List retention (seed 003): a list is either permanent, or deleted once it has gone unused for
 * 1 to 12 months ("liste statique avec une date d'expiration … sans utilisation").
 */
export interface ListRetention {
  persistence: 'permanent' | 'expiring';
  expiresAfterMonths?: number | null;
  /** Last time a campaign used the list; null when none has yet. */
  lastUsedAt?: Date | string | null;
  createdAt: Date | string;
  /** System lists (the account's opt-out list) never expire. */
  system?: boolean | null;
}

export const DEFAULT_LIST_RETENTION_MONTHS = 3;

/** The date at which the list expires if still unused, or null when it never does. */
export function listExpiresAt(list: ListRetention): Date | null {
  if (list.persistence === 'permanent' || list.system) return null;
  const from = new Date(list.lastUsedAt ?? list.createdAt);
  const months = list.expiresAfterMonths ?? DEFAULT_LIST_RETENTION_MONTHS;
  const expiry = new Date(from);
  expiry.setUTCMonth(expiry.getUTCMonth() + months);
  // 31 August + 6 months is 3 March in JavaScript: keep the last day of the month instead.
  if (expiry.getUTCDate() !== from.getUTCDate()) expiry.setUTCDate(0);
  return expiry;
}

export function isListExpired(list: ListRetention, now: Date): boolean {
  const expiry = listExpiresAt(list);
  return expiry !== null && expiry.getTime() <= now.getTime();
}
