import {
  addDays,
  dateKey,
  instantOf,
  instantsOf,
  isoWeekday,
  offsetChangeBetween,
  wallClock,
  zoneOffset,
} from '../zoned-time';

describe('Given wall-clock arithmetic with Intl only', () => {
  it('when reading an instant in Paris, then summer time is UTC+2 and winter time UTC+1', () => {
    expect(wallClock(Date.parse('2026-07-01T10:00:00Z'), 'Europe/Paris')).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 12,
      minute: 0,
      second: 0,
      weekday: 3,
    });
    expect(zoneOffset(Date.parse('2026-01-01T10:00:00Z'), 'Europe/Paris')).toBe(3600_000);
    expect(zoneOffset(Date.parse('2026-07-01T10:00:00Z'), 'Europe/Paris')).toBe(7200_000);
  });

  it('when it is midnight, then the hour is 0, not 24', () => {
    expect(wallClock(Date.parse('2026-07-01T22:00:00Z'), 'Europe/Paris').hour).toBe(0);
  });

  it('when a wall time exists once, then it has one instant', () => {
    expect(new Date(instantOf(2026, 3, 29, 8, 0, 'Europe/Paris')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('when a wall time is skipped (02:30 on 29 March 2026 in Paris), then it maps to the jump at 01:00Z', () => {
    expect(instantsOf(2026, 3, 29, 2, 30, 'Europe/Paris').map((t) => new Date(t).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
    ]);
  });

  it('when a wall time repeats (02:30 on 25 October 2026 in Paris), then both instants are given, earliest first', () => {
    expect(instantsOf(2026, 10, 25, 2, 30, 'Europe/Paris').map((t) => new Date(t).toISOString())).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
    ]);
    expect(new Date(instantOf(2026, 10, 25, 2, 30, 'Europe/Paris')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('when looking for an offset change, then it is found to the second, or not at all', () => {
    const from = Date.parse('2026-10-24T12:00:00Z');
    expect(new Date(offsetChangeBetween(from, from + 86400_000, 'Europe/Paris')!).toISOString()).toBe(
      '2026-10-25T01:00:00.000Z'
    );
    expect(offsetChangeBetween(from, from + 3600_000, 'Europe/Paris')).toBeUndefined();
  });

  it('when counting calendar days, then months, years and leap days roll over', () => {
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(dateKey({ year: 2026, month: 5, day: 8 })).toBe('2026-05-08');
    expect(isoWeekday(2026, 6, 14)).toBe(7);
    expect(isoWeekday(2026, 6, 15)).toBe(1);
  });

  it('when the zone is unknown, then it fails loudly', () => {
    expect(() => wallClock(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
