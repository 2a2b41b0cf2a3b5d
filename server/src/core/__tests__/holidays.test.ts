import { FRENCH_HOLIDAY_REGIONS, isPublicHoliday, publicHolidays } from '../holidays';

/** Easter Sunday, computed independently of date-holidays (the tables in any almanac). */
const EASTER: Record<number, string> = { 2025: '04-20', 2026: '04-05', 2027: '03-28', 2028: '04-16' };

const shift = (year: number, monthDay: string, days: number): string => {
  const [m, d] = monthDay.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1, d + days)).toISOString().slice(0, 10);
};

const FIXED = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

describe.each([2025, 2026, 2027, 2028])('Given the French public holidays of %i', (year) => {
  const expected = [
    ...FIXED.map((md) => `${year}-${md}`),
    shift(year, EASTER[year]!, 1), // Easter Monday
    shift(year, EASTER[year]!, 39), // Ascension
    shift(year, EASTER[year]!, 50), // Whit Monday
  ].sort();

  it('then metropolitan France has exactly its 11 public holidays, Whit Monday included', () => {
    expect(
      publicHolidays(year, 'FR')
        .map((h) => h.date)
        .sort()
    ).toEqual(expected);
  });

  it.each(expected)('then %s is a public holiday', (date) => {
    expect(isPublicHoliday(date, 'FR')).toBe(true);
  });

  it('then Easter Sunday and Pentecost Sunday (observances) are not public holidays', () => {
    expect(isPublicHoliday(`${year}-${EASTER[year]}`, 'FR')).toBe(false);
    expect(isPublicHoliday(shift(year, EASTER[year]!, 49), 'FR')).toBe(false);
  });

  it('then Good Friday and 26 December are not holidays in Paris', () => {
    expect(isPublicHoliday(shift(year, EASTER[year]!, -2), 'FR')).toBe(false);
    expect(isPublicHoliday(`${year}-12-26`, 'FR')).toBe(false);
  });

  it.each(['FR-57', 'FR-67', 'FR-68'])(
    'then in Alsace-Moselle (%s) Good Friday and 26 December are holidays too',
    (region) => {
      expect(isPublicHoliday(shift(year, EASTER[year]!, -2), region)).toBe(true);
      expect(isPublicHoliday(`${year}-12-26`, region)).toBe(true);
      expect(publicHolidays(year, region)).toHaveLength(13);
    }
  );
});

describe('Given the overseas departments', () => {
  it.each([
    ['GP', '2026-05-27'],
    ['MQ', '2026-05-22'],
    ['GF', '2026-06-10'],
    ['RE', '2026-12-20'],
    ['YT', '2026-04-27'],
  ])('then %s has its abolition-of-slavery day (%s) as a public holiday', (region, date) => {
    expect(isPublicHoliday(date, region)).toBe(true);
    expect(isPublicHoliday(date, 'FR')).toBe(false);
  });

  it('then every listed French region is known to date-holidays', () => {
    for (const region of Object.keys(FRENCH_HOLIDAY_REGIONS))
      expect(publicHolidays(2026, region).length).toBeGreaterThan(10);
  });
});

describe('Given a region that does not exist', () => {
  it.each(['XX', 'FR-99'])('when %s is asked for, then it fails loudly', (region) => {
    expect(() => publicHolidays(2026, region)).toThrow(RangeError);
  });
});

describe('Given repeated lookups', () => {
  it('then a year is computed once and the same frozen list comes back', () => {
    const first = publicHolidays(2026, 'FR');
    expect(publicHolidays(2026, 'FR')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('then names are the French ones from date-holidays', () => {
    expect(publicHolidays(2026, 'FR').find((h) => h.date === '2026-07-14')!.name).toMatch(/Fête Nationale/);
  });
});
