import { STATUS_CODES, STATUS } from '../core';
import { REPORT_CATEGORIES, type CampaignReport, type ReportCategory } from '../contracts';
import type { LinkFigures } from '../store/reports';

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
