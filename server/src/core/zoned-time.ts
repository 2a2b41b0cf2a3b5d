/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl.DateTimeFormat`, so the core
 * needs no time-zone library and the admin bundle stays small.
 */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    // Throws RangeError for an unknown zone: a misconfigured window must fail loudly.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const DAY_MS = 86_400_000;

/** ISO weekday of a calendar date (no time zone involved). */
export function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function wallClock(instant: number | Date, timeZone: string): WallClock {
  const parts = formatter(timeZone).formatToParts(typeof instant === 'number' ? instant : instant.getTime());
  const values = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of parts) {
    if (p.type in values) values[p.type as keyof typeof values] = Number(p.value);
  }
  return { ...values, weekday: isoWeekday(values.year, values.month, values.day) };
}

/** Offset of the zone from UTC at an instant, in milliseconds (Paris in summer: +7 200 000). */
export function zoneOffset(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function wallMs(instant: number, timeZone: string): number {
  return instant + zoneOffset(instant, timeZone);
}

/**
 * The instant a wall-clock time occurs in `timeZone`. When it occurs twice (autumn: the clock goes
 * back) the first occurrence is returned; when it does not exist (spring: the clock jumps
 * forward) the instant the clock jumps over it, i.e. the first moment the wall clock shows a time
 * at or after the requested one. Assumes at most one offset change within a day either side.
 */
export function instantOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string
): number {
  return instantsOf(year, month, day, hour, minute, timeZone)[0]!;
}

/**
 * Every instant the wall clock shows that time: two in the repeated autumn hour, one otherwise
 * (for a time skipped in spring, the instant the clock jumps over it). Sorted.
 */
export function instantsOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string
): number[] {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const before = wall - zoneOffset(wall - DAY_MS, timeZone);
  const after = wall - zoneOffset(wall + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])].filter((t) => wallMs(t, timeZone) === wall);
  if (candidates.length > 0) return candidates.sort((a, b) => a - b);
  // In a gap: binary search the jump between an instant showing an earlier wall time and one
  // showing a later one, to the second (offsets change on whole seconds).
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallMs(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return [hi];
}

/** The first instant in (from, to] where the zone's offset differs from its offset at `from`. */
export function offsetChangeBetween(from: number, to: number, timeZone: string): number | undefined {
  const offset = zoneOffset(from, timeZone);
  if (zoneOffset(to, timeZone) === offset) return undefined;
  let lo = from;
  let hi = to;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffset(mid, timeZone) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The calendar date `days` after the given one. */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateKey(date: { year: number; month: number; day: number }): string {
  const mm = date.month < 10 ? `0${date.month}` : String(date.month);
  const dd = date.day < 10 ? `0${date.day}` : String(date.day);
  return `${date.year}-${mm}-${dd}`;
}
