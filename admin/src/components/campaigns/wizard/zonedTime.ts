/**
 * The schedule is typed in the account's time zone (Settings), whatever the browser's: these turn
 * a calendar day and a wall-clock time there into an instant, and back.
 */

export interface ZonedValue {
  year: number;
  month: number;
  day: number;
  /** `HH:mm`, 24-hour. */
  time: string;
}

const partsIn = (instant: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
};

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
const offsetAt = (instant: number, timeZone: string) => {
  const p = partsIn(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return wall - Math.floor(instant / 60_000) * 60_000;
};

/** `HH:mm` or `H:mm`, also `HHhmm` as French users type it; null when it is not a time. */
export const parseTime = (text: string): { hour: number; minute: number } | null => {
  const match = /^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  return hour < 24 && minute < 60 ? { hour, minute } : null;
};

/** The instant (ISO, UTC) of a day and time in `timeZone`; null when the time does not parse. */
export const zonedToIso = ({ year, month, day, time }: ZonedValue, timeZone: string): string | null => {
  const parsed = parseTime(time);
  if (!parsed) return null;
  const wall = Date.UTC(year, month - 1, day, parsed.hour, parsed.minute);
  // Twice: the offset of the guess can differ from the offset of the answer around a DST change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
};

export const isoToZoned = (iso: string, timeZone: string): ZonedValue => {
  const p = partsIn(new Date(iso).getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return { year: p.year, month: p.month, day: p.day, time: `${pad(p.hour)}:${pad(p.minute)}` };
};
