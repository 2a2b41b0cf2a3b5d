import { isoToZoned, parseTime, zonedToIso } from '../zonedTime';

describe('the schedule in the account time zone', () => {
  it('Given 14:30 on a summer day in Paris, When converted, Then it is 12:30 UTC', () => {
    expect(zonedToIso({ year: 2026, month: 7, day: 14, time: '14:30' }, 'Europe/Paris')).toBe(
      '2026-07-14T12:30:00.000Z'
    );
  });

  it('Given 09:00 on a winter day in Paris, When converted, Then it is 08:00 UTC', () => {
    expect(zonedToIso({ year: 2026, month: 12, day: 3, time: '09:00' }, 'Europe/Paris')).toBe(
      '2026-12-03T08:00:00.000Z'
    );
  });

  it('Given Réunion (UTC+4), When converted both ways, Then the wall-clock time comes back', () => {
    const iso = zonedToIso({ year: 2026, month: 3, day: 1, time: '08:15' }, 'Indian/Reunion');
    expect(iso).toBe('2026-03-01T04:15:00.000Z');
    expect(isoToZoned(iso!, 'Indian/Reunion')).toEqual({ year: 2026, month: 3, day: 1, time: '08:15' });
  });

  it('Given free time entries, When parsed, Then French and 24-hour forms are read and nonsense is refused', () => {
    expect(parseTime('9h30')).toEqual({ hour: 9, minute: 30 });
    expect(parseTime('18:05')).toEqual({ hour: 18, minute: 5 });
    expect(parseTime('14h')).toEqual({ hour: 14, minute: 0 });
    expect(parseTime('25:00')).toBeNull();
    expect(parseTime('soon')).toBeNull();
    expect(zonedToIso({ year: 2026, month: 1, day: 5, time: 'later' }, 'Europe/Paris')).toBeNull();
  });
});
