import {
  DEFAULT_SENDING_WINDOW,
  SENDING_WINDOW_PRESETS,
  compileSendingWindow,
  isInSendingWindow,
  msUntilSendingWindow,
  nextSendingSlot,
  sendingWindowEnd,
  type SendingWindow,
} from '../sending-window';

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const { seeds, voice } = SENDING_WINDOW_PRESETS;
const af2m = SENDING_WINDOW_PRESETS['af2m-2026'];

describe('Given the seeds window (Monday–Saturday 08:00–20:00 Paris, no public holidays)', () => {
  it('then it is the default window', () => {
    expect(DEFAULT_SENDING_WINDOW).toBe(seeds);
  });

  it.each([
    ['2026-06-10T06:00:00Z', true], // Wednesday 08:00 CEST: opens
    ['2026-06-10T05:59:59Z', false], // 07:59:59
    ['2026-06-10T17:59:59Z', true], // 19:59:59
    ['2026-06-10T18:00:00Z', false], // 20:00: closed
    ['2026-06-13T10:00:00Z', true], // Saturday
    ['2026-06-14T10:00:00Z', false], // Sunday
    ['2026-01-14T07:00:00Z', true], // winter: 08:00 CET
    ['2026-01-14T06:59:00Z', false],
    ['2026-07-14T10:00:00Z', false], // Bastille Day, a Tuesday
    ['2026-05-25T10:00:00Z', false], // Whit Monday
  ])('when it is %s, then open is %s', (instant, open) => {
    expect(isInSendingWindow(at(instant), seeds)).toBe(open);
  });

  it('when it is open, then the next slot is now and the window ends at 20:00', () => {
    const now = at('2026-06-10T12:34:56Z');
    expect(nextSendingSlot(now, seeds)).toBe(now);
    expect(iso(sendingWindowEnd(now, seeds))).toBe('2026-06-10T18:00:00.000Z');
    expect(msUntilSendingWindow(now, seeds)).toBe(0);
  });

  it('when it is Saturday evening, then the next slot is Monday 08:00', () => {
    expect(iso(nextSendingSlot(at('2026-06-13T19:00:00Z'), seeds))).toBe('2026-06-15T06:00:00.000Z');
  });

  it('when it is early morning, then the next slot is 08:00 the same day', () => {
    expect(iso(nextSendingSlot(at('2026-06-10T03:00:00Z'), seeds))).toBe('2026-06-10T06:00:00.000Z');
    expect(msUntilSendingWindow(at('2026-06-10T03:00:00Z'), seeds)).toBe(3 * 3600_000);
  });

  it('when it is closed, then the window has no end', () => {
    expect(sendingWindowEnd(at('2026-06-14T10:00:00Z'), seeds)).toBeNull();
  });

  it('when the evening before a holiday, then the next slot skips the holiday', () => {
    // Monday 13 July 2026 after 20:00 → Tuesday 14 July is a holiday → Wednesday 15 July 08:00.
    expect(iso(nextSendingSlot(at('2026-07-13T19:00:00Z'), seeds))).toBe('2026-07-15T06:00:00.000Z');
  });

  it('when Christmas Eve ends, then Christmas is skipped and 26 December (not a holiday in Paris) opens', () => {
    expect(iso(nextSendingSlot(at('2026-12-24T20:00:00Z'), seeds))).toBe('2026-12-26T07:00:00.000Z');
  });

  it('when the window is for Alsace, then 26 December is skipped too', () => {
    const alsace: SendingWindow = { ...seeds, holidayRegion: 'FR-67' };
    expect(iso(nextSendingSlot(at('2026-12-24T20:00:00Z'), alsace))).toBe('2026-12-28T07:00:00.000Z');
  });

  it('when 1 May and 8 May 2026 fall on Fridays, then each long weekend is skipped', () => {
    expect(iso(nextSendingSlot(at('2026-04-30T19:00:00Z'), seeds))).toBe('2026-05-02T06:00:00.000Z');
  });
});

describe('Given daylight-saving days in Paris (af2m window, every day 08:00–21:30)', () => {
  it.each([
    ['2025-03-30', '2025-03-30T06:00:00.000Z', '2025-03-30T19:30:00.000Z'],
    ['2026-03-29', '2026-03-29T06:00:00.000Z', '2026-03-29T19:30:00.000Z'],
    ['2027-03-28', '2027-03-28T06:00:00.000Z', '2027-03-28T19:30:00.000Z'],
    ['2028-03-26', '2028-03-26T06:00:00.000Z', '2028-03-26T19:30:00.000Z'],
  ])(
    'when clocks go forward on %s, then the window opens at 08:00 CEST and closes at 21:30 CEST',
    (day, open, close) => {
      expect(iso(nextSendingSlot(at(`${day}T00:30:00Z`), af2m))).toBe(open);
      expect(iso(sendingWindowEnd(at(open), af2m))).toBe(close);
      expect(isInSendingWindow(new Date(Date.parse(open) - 1), af2m)).toBe(false);
    }
  );

  it.each([
    ['2025-10-26', '2025-10-26T07:00:00.000Z', '2025-10-26T20:30:00.000Z'],
    ['2026-10-25', '2026-10-25T07:00:00.000Z', '2026-10-25T20:30:00.000Z'],
    ['2027-10-31', '2027-10-31T07:00:00.000Z', '2027-10-31T20:30:00.000Z'],
    ['2028-10-29', '2028-10-29T07:00:00.000Z', '2028-10-29T20:30:00.000Z'],
  ])('when clocks go back on %s, then the window opens at 08:00 CET and closes at 21:30 CET', (day, open, close) => {
    expect(iso(nextSendingSlot(at(`${day}T00:30:00Z`), af2m))).toBe(open);
    expect(iso(sendingWindowEnd(at(open), af2m))).toBe(close);
  });

  it('when the Saturday before the spring change closes, then Sunday opens an hour earlier in UTC', () => {
    expect(iso(sendingWindowEnd(at('2026-03-28T10:00:00Z'), af2m))).toBe('2026-03-28T20:30:00.000Z');
    expect(iso(nextSendingSlot(at('2026-03-28T20:30:00Z'), af2m))).toBe('2026-03-29T06:00:00.000Z');
  });

  it('when a window is open during the night of the change, then the skipped hour does not count', () => {
    const night: SendingWindow = {
      timeZone: 'Europe/Paris',
      days: { 7: [['01:00', '04:00']] },
      excludeHolidays: false,
    };
    // 29 March 2026: 01:00 CET = 00:00Z; the clock jumps from 02:00 CET to 03:00 CEST at 01:00Z; 04:00 CEST = 02:00Z.
    expect(iso(nextSendingSlot(at('2026-03-28T23:00:00Z'), night))).toBe('2026-03-29T00:00:00.000Z');
    expect(iso(sendingWindowEnd(at('2026-03-29T00:30:00Z'), night))).toBe('2026-03-29T02:00:00.000Z');
  });
});

describe('Given a time zone other than Paris (New York, DST on 8 March and 1 November 2026)', () => {
  const ny = (ranges: [string, string][]): SendingWindow => ({
    timeZone: 'America/New_York',
    days: { 1: ranges, 2: ranges, 3: ranges, 4: ranges, 5: ranges, 6: ranges, 7: ranges },
    excludeHolidays: false,
  });

  it('when the window is 09:00–17:00, then it follows EST then EDT', () => {
    expect(iso(nextSendingSlot(at('2026-03-07T05:00:00Z'), ny([['09:00', '17:00']])))).toBe('2026-03-07T14:00:00.000Z');
    expect(iso(nextSendingSlot(at('2026-03-08T05:00:00Z'), ny([['09:00', '17:00']])))).toBe('2026-03-08T13:00:00.000Z');
  });

  it('when the window opens at a time the clock skips (02:30), then it opens when the clock jumps', () => {
    const w = ny([['02:30', '04:00']]);
    expect(iso(nextSendingSlot(at('2026-03-08T06:00:00Z'), w))).toBe('2026-03-08T07:00:00.000Z');
    expect(isInSendingWindow(at('2026-03-08T07:00:00Z'), w)).toBe(true);
    expect(iso(sendingWindowEnd(at('2026-03-08T07:00:00Z'), w))).toBe('2026-03-08T08:00:00.000Z');
  });

  it('when the window opens in the repeated hour (01:30), then it opens at each occurrence', () => {
    const w = ny([['01:30', '03:00']]);
    // 1 November 2026: 01:30 EDT = 05:30Z; the clock goes back at 06:00Z to 01:00 EST; 01:30 EST = 06:30Z.
    expect(iso(nextSendingSlot(at('2026-11-01T05:00:00Z'), w))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(sendingWindowEnd(at('2026-11-01T05:45:00Z'), w))).toBe('2026-11-01T06:00:00.000Z');
    expect(isInSendingWindow(at('2026-11-01T06:10:00Z'), w)).toBe(false);
    expect(iso(nextSendingSlot(at('2026-11-01T06:10:00Z'), w))).toBe('2026-11-01T06:30:00.000Z');
    expect(iso(sendingWindowEnd(at('2026-11-01T06:30:00Z'), w))).toBe('2026-11-01T08:00:00.000Z');
  });

  it('when the zone is Réunion (no DST), then 08:00 is 04:00Z all year', () => {
    const re: SendingWindow = { ...seeds, timeZone: 'Indian/Reunion', holidayRegion: 'RE' };
    expect(iso(nextSendingSlot(at('2026-01-14T00:00:00Z'), re))).toBe('2026-01-14T04:00:00.000Z');
    expect(iso(nextSendingSlot(at('2026-07-15T00:00:00Z'), re))).toBe('2026-07-15T04:00:00.000Z');
    expect(isInSendingWindow(at('2026-12-21T06:00:00Z'), re)).toBe(true); // Monday
    expect(isInSendingWindow(at('2026-12-20T06:00:00Z'), { ...re, days: { 7: [['08:00', '20:00']] } })).toBe(false); // 20 Dec holiday
  });
});

describe('Given the voice window (Monday–Friday 10:00–13:00 and 14:00–20:00)', () => {
  it.each([
    ['2026-06-10T07:59:00Z', false],
    ['2026-06-10T08:00:00Z', true],
    ['2026-06-10T10:59:59Z', true],
    ['2026-06-10T11:00:00Z', false], // 13:00 lunch break
    ['2026-06-10T12:00:00Z', true], // 14:00
    ['2026-06-13T12:00:00Z', false], // Saturday
  ])('when it is %s, then open is %s', (instant, open) => {
    expect(isInSendingWindow(at(instant), voice)).toBe(open);
  });

  it('when it is open in the morning, then it closes at 13:00 and reopens at 14:00', () => {
    expect(iso(sendingWindowEnd(at('2026-06-10T09:00:00Z'), voice))).toBe('2026-06-10T11:00:00.000Z');
    expect(iso(nextSendingSlot(at('2026-06-10T11:00:00Z'), voice))).toBe('2026-06-10T12:00:00.000Z');
  });

  it('when Friday evening ends, then the next slot is Monday 10:00', () => {
    expect(iso(nextSendingSlot(at('2026-06-12T18:00:00Z'), voice))).toBe('2026-06-15T08:00:00.000Z');
  });
});

describe('Given the af2m 2026 window', () => {
  it('when it is a Sunday or a public holiday, then it is open', () => {
    expect(isInSendingWindow(at('2026-06-14T10:00:00Z'), af2m)).toBe(true);
    expect(isInSendingWindow(at('2026-07-14T10:00:00Z'), af2m)).toBe(true);
  });

  it('when it is 21:29 or 21:30, then it is open then closed', () => {
    expect(isInSendingWindow(at('2026-06-10T19:29:00Z'), af2m)).toBe(true);
    expect(isInSendingWindow(at('2026-06-10T19:30:00Z'), af2m)).toBe(false);
  });
});

describe('Given custom windows', () => {
  it('when ranges touch across midnight, then the window end is the end of the joined range', () => {
    const w: SendingWindow = {
      timeZone: 'Europe/Paris',
      days: { 1: [['22:00', '24:00']], 2: [['00:00', '02:00']] },
      excludeHolidays: false,
    };
    expect(isInSendingWindow(at('2026-06-08T21:59:00Z'), w)).toBe(true); // Monday 23:59 CEST
    expect(iso(sendingWindowEnd(at('2026-06-08T21:00:00Z'), w))).toBe('2026-06-09T00:00:00.000Z');
  });

  it('when no day has a range, then the window never opens', () => {
    const never: SendingWindow = { timeZone: 'Europe/Paris', days: {}, excludeHolidays: false };
    expect(nextSendingSlot(at('2026-06-10T10:00:00Z'), never)).toBeNull();
    expect(msUntilSendingWindow(at('2026-06-10T10:00:00Z'), never)).toBeNull();
  });

  it('when the only open day falls on holidays, then the next one that is not a holiday is found', () => {
    const fridays: SendingWindow = { ...seeds, days: { 5: [['08:00', '20:00']] } };
    // A window open on Fridays only still finds the next Friday that is not a holiday.
    expect(iso(nextSendingSlot(at('2026-12-24T12:00:00Z'), fridays))).toBe('2027-01-08T07:00:00.000Z');
  });

  it.each([
    [{ 1: [['8:00', '25:00']] }, /invalid time/],
    [{ 1: [['08:60', '09:00']] }, /invalid time/],
    [{ 1: [['0800', '09:00']] }, /invalid time/],
    [{ 1: [['10:00', '09:00']] }, /close after/],
    [
      {
        1: [
          ['08:00', '12:00'],
          ['11:00', '13:00'],
        ],
      },
      /overlap/,
    ],
  ])('when a window is malformed (%j), then it is refused', (days, message) => {
    expect(() =>
      compileSendingWindow({
        timeZone: 'Europe/Paris',
        days: days as unknown as SendingWindow['days'],
        excludeHolidays: false,
      })
    ).toThrow(message);
  });

  it('when the time zone does not exist, then it is refused', () => {
    expect(() => compileSendingWindow({ ...seeds, timeZone: 'Europe/Atlantis' })).toThrow(RangeError);
  });

  it('then the presets are deeply frozen', () => {
    expect(Object.isFrozen(seeds)).toBe(true);
    expect(Object.isFrozen(seeds.days)).toBe(true);
    expect(Object.isFrozen(seeds.days[1])).toBe(true);
  });
});
