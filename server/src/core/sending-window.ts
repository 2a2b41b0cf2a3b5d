import { isPublicHoliday, type HolidayRegion } from './holidays';
import { addDays, dateKey, instantOf, instantsOf, isoWeekday, offsetChangeBetween, wallClock } from './zoned-time';

/**
 * When marketing messages may go out. Times are wall-clock times in the window's zone, intervals
 * are half-open ([08:00, 20:00) is open at 19:59:59 and closed at 20:00:00), `24:00` closes at
 * midnight, and a day that is a public holiday of the region has no interval when
 * `excludeHolidays` is set. Daylight-saving days are exact: the wall clock decides.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type TimeRange = readonly [open: string, close: string];

export interface SendingWindow {
  timeZone: string;
  days: Readonly<Partial<Record<IsoWeekday, readonly TimeRange[]>>>;
  excludeHolidays: boolean;
  holidayRegion?: HolidayRegion;
}

const weekdays = (from: IsoWeekday, to: IsoWeekday, ranges: readonly TimeRange[]) => {
  const days: Partial<Record<IsoWeekday, readonly TimeRange[]>> = {};
  for (let d = from; d <= to; d++) days[d as IsoWeekday] = ranges;
  return days;
};

export type SendingWindowPreset = 'seeds' | 'af2m-2026' | 'voice';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// Frozen deeply: compiled windows are cached by object identity, so a preset must never change.
export const SENDING_WINDOW_PRESETS: Readonly<Record<SendingWindowPreset, SendingWindow>> = deepFreeze({
  /** The seeds' operator rule: Monday–Saturday 08:00–20:00, never on a public holiday. */
  seeds: {
    timeZone: 'Europe/Paris',
    days: weekdays(1, 6, [['08:00', '20:00']]),
    excludeHolidays: true,
    holidayRegion: 'FR',
  },
  /** The af2m 2026 charter: 08:00–21:30 every day, Sundays and holidays tolerated. */
  'af2m-2026': {
    timeZone: 'Europe/Paris',
    days: weekdays(1, 7, [['08:00', '21:30']]),
    excludeHolidays: false,
    holidayRegion: 'FR',
  },
  /** Automated calls (Décret 2022-1313): Monday–Friday 10:00–13:00 and 14:00–20:00, no holidays. */
  voice: {
    timeZone: 'Europe/Paris',
    days: weekdays(1, 5, [
      ['10:00', '13:00'],
      ['14:00', '20:00'],
    ]),
    excludeHolidays: true,
    holidayRegion: 'FR',
  },
});

export const DEFAULT_SENDING_WINDOW = SENDING_WINDOW_PRESETS.seeds;

interface Compiled {
  timeZone: string;
  /** Per ISO weekday (index 1..7), sorted [open, close) minutes since midnight. */
  days: (readonly (readonly [number, number])[])[];
  holidays: HolidayRegion | undefined;
}

const compiled = new WeakMap<SendingWindow, Compiled>();

function minutes(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const h = match ? Number(match[1]) : NaN;
  const m = match ? Number(match[2]) : NaN;
  if (!(h >= 0 && m >= 0 && m < 60 && (h < 24 || (h === 24 && m === 0)))) {
    throw new RangeError(`invalid time "${time}" (expected HH:MM, 00:00–24:00)`);
  }
  return h * 60 + m;
}

/** Checks and compiles a window; throws RangeError on a malformed one (bad time, zone, overlap). */
export function compileSendingWindow(window: SendingWindow): Compiled {
  let c = compiled.get(window);
  if (c !== undefined) return c;
  wallClock(0, window.timeZone); // validates the zone
  const days: (readonly (readonly [number, number])[])[] = [[]];
  for (let d = 1; d <= 7; d++) {
    const ranges = (window.days[d as IsoWeekday] ?? []).map(([o, e]) => [minutes(o), minutes(e)] as const);
    ranges.sort((a, b) => a[0] - b[0]);
    ranges.forEach(([open, close], i) => {
      if (close <= open) throw new RangeError(`day ${d}: a range must close after it opens`);
      if (i > 0 && open < ranges[i - 1]![1]) throw new RangeError(`day ${d}: ranges overlap`);
    });
    days.push(ranges);
  }
  c = {
    timeZone: window.timeZone,
    days,
    holidays: window.excludeHolidays ? (window.holidayRegion ?? 'FR') : undefined,
  };
  compiled.set(window, c);
  return c;
}

type CalendarDate = { year: number; month: number; day: number };

function rangesOn(c: Compiled, date: CalendarDate): readonly (readonly [number, number])[] {
  const ranges = c.days[isoWeekday(date.year, date.month, date.day)]!;
  if (ranges.length === 0 || c.holidays === undefined) return ranges;
  return isPublicHoliday(dateKey(date), c.holidays) ? [] : ranges;
}

/** Instants the wall clock shows `minute` on `date` (two in the repeated autumn hour). */
function at(c: Compiled, date: CalendarDate, minute: number): number[] {
  if (minute === 1440) {
    const next = addDays(date, 1);
    return [instantOf(next.year, next.month, next.day, 0, 0, c.timeZone)];
  }
  return instantsOf(date.year, date.month, date.day, Math.floor(minute / 60), minute % 60, c.timeZone);
}

/** The open range of the wall clock at `instant`, if any. */
function openRange(c: Compiled, instant: number): { date: CalendarDate; close: number } | undefined {
  const w = wallClock(instant, c.timeZone);
  const now = w.hour * 60 + w.minute + w.second / 60;
  for (const [open, close] of rangesOn(c, w)) {
    if (now >= open && now < close) return { date: w, close };
  }
  return undefined;
}

export function isInSendingWindow(date: Date, window: SendingWindow = DEFAULT_SENDING_WINDOW): boolean {
  return openRange(compileSendingWindow(window), date.getTime()) !== undefined;
}

/** How far ahead to look for an opening: a window open one day a year is still found. */
const SEARCH_DAYS = 400;

/**
 * `date` itself when the window is open, else the next opening; null when the window never opens
 * (no ranges at all, or only on holidays).
 */
export function nextSendingSlot(date: Date, window: SendingWindow = DEFAULT_SENDING_WINDOW): Date | null {
  const c = compileSendingWindow(window);
  const t = date.getTime();
  if (openRange(c, t) !== undefined) return date;
  const today = wallClock(t, c.timeZone);
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const day = addDays(today, i);
    for (const [open] of rangesOn(c, day)) {
      // The later occurrence matters when the clock goes back over the opening time.
      const opening = at(c, day, open).find((instant) => instant > t);
      if (opening !== undefined) return new Date(opening);
    }
  }
  return null;
}

/**
 * When the window that is open at `date` closes (the dispatcher pauses the campaign then);
 * null when it is closed at `date`. Ranges that touch across midnight (…–24:00 then 00:00–…)
 * count as one.
 */
export function sendingWindowEnd(date: Date, window: SendingWindow = DEFAULT_SENDING_WINDOW): Date | null {
  const c = compileSendingWindow(window);
  const range = openRange(c, date.getTime());
  if (range === undefined) return null;
  let day: CalendarDate = range.date;
  let close = range.close;
  for (let i = 0; i < SEARCH_DAYS && close === 1440; i++) {
    const next = addDays(day, 1);
    const first = rangesOn(c, next)[0];
    if (first === undefined || first[0] !== 0) break;
    day = next;
    close = first[1];
  }
  const end = at(c, day, close)[0]!;
  // A clock set back into the closed hours (autumn) closes the window before `close` does.
  const change = offsetChangeBetween(date.getTime(), end, c.timeZone);
  if (change !== undefined && openRange(c, change) === undefined) return new Date(change);
  return new Date(end);
}

/** Milliseconds until the window opens (0 when open), or null when it never does. */
export function msUntilSendingWindow(date: Date, window: SendingWindow = DEFAULT_SENDING_WINDOW): number | null {
  const next = nextSendingSlot(date, window);
  return next === null ? null : next.getTime() - date.getTime();
}
