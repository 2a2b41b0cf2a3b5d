import Holidays from 'date-holidays';

import { type HolidayRegion } from './holiday-regions';

export { FRENCH_HOLIDAY_REGIONS, type HolidayRegion } from './holiday-regions';

/**
 * Public holidays ("jours fériés") from date-holidays, `type === 'public'` only: Pentecost Sunday
 * and Mother's Day are observances, Whit Monday (Lundi de Pentecôte) is public.
 */
export interface PublicHoliday {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  name: string;
}

const calendars = new Map<HolidayRegion, Holidays>();
const byYear = new Map<string, readonly PublicHoliday[]>();
const dateSets = new Map<string, ReadonlySet<string>>();

function calendar(region: HolidayRegion): Holidays {
  let hd = calendars.get(region);
  if (hd === undefined) {
    const [country, state] = region.split('-');
    hd = state ? new Holidays(country!, state) : new Holidays(country!);
    const known = hd.getCountries?.() ?? {};
    if (!country || !(country in known)) throw new RangeError(`unknown holiday region: ${region}`);
    if (state && !(state in (hd.getStates(country) ?? {}))) {
      throw new RangeError(`unknown holiday region: ${region}`);
    }
    calendars.set(region, hd);
  }
  return hd;
}

/** The region's public holidays of a year, computed once and cached. */
export function publicHolidays(year: number, region: HolidayRegion = 'FR'): readonly PublicHoliday[] {
  const cacheKey = `${region}:${year}`;
  let list = byYear.get(cacheKey);
  if (list === undefined) {
    const seen = new Set<string>();
    const out: PublicHoliday[] = [];
    for (const h of calendar(region).getHolidays(year)) {
      if (h.type !== 'public') continue;
      // Multi-day holidays list their first day; every day they cover is a holiday.
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      const [y, m, d] = h.date.slice(0, 10).split('-').map(Number) as [number, number, number];
      for (let i = 0; i < days; i++) {
        const date = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
        if (seen.has(date)) continue;
        seen.add(date);
        out.push({ date, name: h.name });
      }
    }
    list = Object.freeze(out);
    byYear.set(cacheKey, list);
    dateSets.set(cacheKey, seen);
  }
  return list;
}

/** Whether a local calendar date (YYYY-MM-DD) is a public holiday in the region. */
export function isPublicHoliday(date: string, region: HolidayRegion = 'FR'): boolean {
  const cacheKey = `${region}:${date.slice(0, 4)}`;
  if (!dateSets.has(cacheKey)) publicHolidays(Number(date.slice(0, 4)), region);
  return dateSets.get(cacheKey)!.has(date);
}
