import { bucketFor, timelinePoints } from '../report-figures';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const series = (submitted: [number, number][], delivered: [number, number][] = [], clicks: [number, number][] = []) => ({
  submitted: new Map(submitted),
  delivered: new Map(delivered),
  clicks: new Map(clicks),
});
const at = (ms: number) => new Date(ms).toISOString();

describe('Given the events of a campaign per time bucket', () => {
  it('When two busy minutes are apart, Then the quiet minutes between them are zeros, in time order', () => {
    const points = timelinePoints(series([[T0 + 3 * MIN, 2], [T0, 5]], [[T0 + MIN, 4]]), 'minute', false);
    expect(points.map((point) => point.at)).toEqual([T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN].map(at));
    expect(points.map((point) => [point.submitted, point.delivered, point.clicks])).toEqual([
      [5, 0, 0],
      [0, 4, 0],
      [0, 0, 0],
      [2, 0, 0],
    ]);
  });

  it('When everything happened in one finished minute, Then an empty minute stands on each side of it', () => {
    const points = timelinePoints(series([[T0, 6]], [[T0, 6]], [[T0, 1]]), 'minute', false);
    expect(points.map((point) => [point.at, point.submitted, point.delivered, point.clicks])).toEqual([
      [at(T0 - MIN), 0, 0, 0],
      [at(T0), 6, 6, 1],
      [at(T0 + MIN), 0, 0, 0],
    ]);
  });

  it('When the lone minute is still live, Then only the empty minute before it is added', () => {
    expect(timelinePoints(series([[T0, 1]]), 'minute', true).map((point) => point.at)).toEqual([at(T0 - MIN), at(T0)]);
  });

  it('When day buckets cross a clock change, Then a real start an hour off stands for the step', () => {
    const day = 24 * 60 * MIN;
    const points = timelinePoints(series([[T0, 1], [T0 + 2 * day - 60 * MIN, 1]]), 'day', false);
    expect(points.map((point) => point.at)).toEqual([at(T0), at(T0 + day), at(T0 + 2 * day - 60 * MIN)]);
  });

  it('When nothing happened, Then there is no point', () => {
    expect(timelinePoints(series([]), 'hour', false)).toEqual([]);
  });

  it('When the activity spans minutes, hours or days, Then the bucket follows', () => {
    expect(bucketFor(new Date(T0), new Date(T0 + 180 * MIN))).toBe('minute');
    expect(bucketFor(new Date(T0), new Date(T0 + 181 * MIN))).toBe('hour');
    expect(bucketFor(new Date(T0), new Date(T0 + 73 * 60 * MIN))).toBe('day');
    expect(bucketFor(null, null)).toBe('minute');
  });
});
