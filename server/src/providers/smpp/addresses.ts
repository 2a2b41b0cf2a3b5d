/**
 * TON / NPI of the sender and the destination. Without explicit options: an alphanumeric sender
 * is TON 5 (alphanumeric) / NPI 0, a short code (≤ 8 digits, no "+") TON 3 (network specific) /
 * NPI 0, and any other number international TON 1 / NPI 1, written without its "+".
 */
export interface Address {
  addr: string;
  ton: number;
  npi: number;
}

const SHORT_CODE = /^\d{1,8}$/;
const NUMBER = /^\+?\d+$/;

export function sourceAddress(sender: string, ton?: number, npi?: number): Address {
  const trimmed = sender.trim();
  let auto: Address;
  if (trimmed === '') auto = { addr: '', ton: 0, npi: 0 };
  else if (SHORT_CODE.test(trimmed)) auto = { addr: trimmed, ton: 3, npi: 0 };
  else if (NUMBER.test(trimmed)) auto = { addr: trimmed.replace(/^\+/, ''), ton: 1, npi: 1 };
  else auto = { addr: trimmed, ton: 5, npi: 0 };
  return { addr: auto.addr, ton: ton ?? auto.ton, npi: npi ?? auto.npi };
}

export const destinationAddress = (e164: string, ton: number, npi: number): Address => ({
  addr: e164.trim().replace(/^\+/, ''),
  ton,
  npi,
});

/** An inbound address: international numbers get their "+" back (E.164). */
export function inboundAddress(addr: unknown, ton: unknown): string {
  const value = typeof addr === 'string' ? addr.trim() : '';
  if (ton === 1 && /^\d+$/.test(value)) return `+${value}`;
  return value;
}
