import { STATUS_CODES, STATUS } from '../core';
import { REPORT_CATEGORIES, type CampaignReport, type ReportCategory } from '../contracts';
import { BUCKET_MS, type LinkFigures, type TimelineBucket } from '../store/reports';

type Lang = 'fr' | 'en';

/** A code's label, category and colour; a code outside Annexe 3 is shown as an error with its number. */
export const statusOf = (code: number, lang: Lang) => {
  const definition = STATUS_CODES[code];
  return definition
    ? {
        label: definition.label[lang],
        category: definition.category as ReportCategory,
        colour: definition.colour,
        billed: definition.billed,
        final: definition.final,
      }
    : { label: String(code), category: 'error' as const, colour: 'orange' as const, billed: false, final: false };
};

/** A percentage with one decimal; 0 when the base is 0. */
export const rate = (part: number, base: number): number => (base > 0 ? Math.round((part / base) * 1000) / 10 : 0);

const CATEGORY_COLOURS: Record<ReportCategory, CampaignReport['categories'][number]['colour']> = {
  pending: 'green',
  sent: 'green',
  delivered: 'green',
  'not-delivered': 'red',
  rejected: 'red',
  excluded: 'grey',
  invalid: 'red',
  error: 'orange',
};

export interface FigureSources {
  counts: Map<number, number>;
  sent: number;
  inbound: { replies: number; repliers: number; stops: number };
  links: { perLink: LinkFigures[]; uniqueClicks: number };
  /** The campaign's frozen audience (0 for a draft: the recipients are counted instead). */
  recipientCount: number;
  credits: { reserved: number; used: number; refunded: number };
  lang: Lang;
}

/**
 * The report's key figures from its GROUP BY counts: a recipient is pending while its code is not
 * final, delivered or not delivered (an operator's rejection included) once final, and the
 * excluded ones are the opt-outs, exclusion lists and destinations, duplicates counted apart.
 */
export function reportFigures({ counts, sent, inbound, links, recipientCount, credits, lang }: FigureSources) {
  let total = 0;
  let delivered = 0;
  let notDelivered = 0;
  let pending = 0;
  let invalid = 0;
  let excluded = 0;
  const byCategory = new Map<ReportCategory, number>();
  const statuses: CampaignReport['statuses'] = [];
  for (const [code, n] of [...counts.entries()].sort(([a], [b]) => a - b)) {
    if (n === 0) continue;
    const status = statusOf(code, lang);
    total += n;
    byCategory.set(status.category, (byCategory.get(status.category) ?? 0) + n);
    if (!status.final) pending += n;
    else if (status.category === 'delivered') delivered += n;
    else if (status.category === 'not-delivered' || status.category === 'rejected') notDelivered += n;
    if (status.category === 'invalid') invalid += n;
    if (status.category === 'excluded' && code !== STATUS.DUPLICATE) excluded += n;
    statuses.push({ code, ...status, count: n });
  }
  const figures: CampaignReport['figures'] = {
    recipients: Math.max(recipientCount, total),
    sent,
    delivered,
    notDelivered,
    pending,
    invalid,
    duplicates: counts.get(STATUS.DUPLICATE) ?? 0,
    excluded,
    stops: inbound.stops,
    replies: inbound.replies,
    uniqueClicks: links.uniqueClicks,
    totalClicks: links.perLink.reduce((sum, link) => sum + link.totalClicks, 0),
    previews: links.perLink.reduce((sum, link) => sum + link.previews, 0),
    creditsReserved: credits.reserved,
    creditsUsed: credits.used,
    creditsRefunded: credits.refunded,
  };
  return {
    figures,
    rates: {
      delivered: rate(delivered, sent),
      notDelivered: rate(notDelivered, sent),
      clicks: rate(links.uniqueClicks, delivered),
      stops: rate(inbound.stops, delivered),
      replies: rate(inbound.repliers, delivered),
    },
    categories: REPORT_CATEGORIES.map((category) => ({
      category,
      colour: CATEGORY_COLOURS[category],
      count: byCategory.get(category) ?? 0,
    })),
    statuses,
  };
}

const HOUR = BUCKET_MS.hour;

/** A minute bucket up to 3 hours of activity, an hour up to 3 days, a day beyond. */
export const bucketFor = (first: Date | null, last: Date | null): TimelineBucket => {
  const span = first && last ? last.getTime() - first.getTime() : 0;
  return span <= 3 * HOUR ? 'minute' : span <= 72 * HOUR ? 'hour' : 'day';
};

export interface TimelineSeries {
  submitted: Map<number, number>;
  delivered: Map<number, number>;
  clicks: Map<number, number>;
}

/**
 * The chart's points, one per bucket from the first event to the last: an idle bucket is a zero,
 * so the line drops instead of joining two busy minutes across a quiet hour, and a lone bucket gets
 * an empty one before it (and after it, once nothing more is coming) so it reads as a peak, not a
 * dot. Day buckets start at local midnight on PostgreSQL and MySQL: across a clock change a step
 * lands within half a bucket of a real start, and the real start stands for it.
 */
export function timelinePoints(series: TimelineSeries, bucket: TimelineBucket, live: boolean) {
  const step = BUCKET_MS[bucket];
  const real = [...new Set([...series.submitted.keys(), ...series.delivered.keys(), ...series.clicks.keys()])].sort(
    (a, b) => a - b
  );
  const starts: number[] = [];
  real.forEach((at, i) => {
    starts.push(at);
    const next = real[i + 1];
    if (next !== undefined) for (let gap = at + step; gap < next - step / 2; gap += step) starts.push(gap);
  });
  if (real.length === 1) {
    starts.unshift(real[0]! - step);
    if (!live) starts.push(real[0]! + step);
  }
  return starts.map((at) => ({
    at: new Date(at).toISOString(),
    submitted: series.submitted.get(at) ?? 0,
    delivered: series.delivered.get(at) ?? 0,
    clicks: series.clicks.get(at) ?? 0,
  }));
}
