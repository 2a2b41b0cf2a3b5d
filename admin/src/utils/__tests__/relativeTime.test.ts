import { toRelativeTime } from '../relativeTime';

describe('toRelativeTime', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it.each([
    ['2026-03-10T11:59:30Z', { value: -30, unit: 'second' }],
    ['2026-03-10T11:15:00Z', { value: -45, unit: 'minute' }],
    ['2026-03-10T09:00:00Z', { value: -3, unit: 'hour' }],
    ['2026-03-08T12:00:00Z', { value: -2, unit: 'day' }],
    ['2026-03-12T12:00:00Z', { value: 2, unit: 'day' }],
    ['2026-02-20T12:00:00Z', { value: -2, unit: 'week' }],
    ['2025-01-01T12:00:00Z', { value: -1, unit: 'year' }],
  ])('%s is %j from now', (date, expected) => {
    expect(toRelativeTime(new Date(date), now)).toEqual(expected);
  });
});
