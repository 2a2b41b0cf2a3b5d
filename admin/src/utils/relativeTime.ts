type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const STEPS: Array<[Unit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * The largest unit that fits the distance between `date` and `now`, for react-intl's
 * `formatRelativeTime` ("3 hours ago", "in 2 days"). Negative values are in the past.
 */
export const toRelativeTime = (date: Date, now: Date = new Date()): { value: number; unit: Unit } => {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) {
      return { value: Math.trunc(seconds / size), unit };
    }
  }
  return { value: seconds, unit: 'second' };
};
