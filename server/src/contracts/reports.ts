import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, CHANNELS } from './campaigns';

/**
 * A campaign's report (issue 12; seeds 000/001 step 9, seed 004's "voir la liste des
 * destinataires"): `GET /campaigns/:id/report` and `GET /campaigns/:id/recipients`, both
 * `campaigns.read`. The CSV (`GET /campaigns/:id/report.csv`) needs `exports.personal-data` too.
 * Rates are percentages (0–100, one decimal) of the base their comment names; 0 when the base is 0.
 */

export const REPORT_CATEGORIES = [
  'pending',
  'sent',
  'delivered',
  'not-delivered',
  'rejected',
  'excluded',
  'invalid',
  'error',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_COLOURS = ['green', 'red', 'orange', 'grey', 'black'] as const;

export const reportFiguresSchema = z.object({
  /** Every row of the chosen lists, invalid and duplicate ones included. */
  recipients: z.number(),
  /** Handed to the gateway (submitted at least once). */
  sent: z.number(),
  delivered: z.number(),
  notDelivered: z.number(),
  /** To send, being sent, or sent and waiting for a final receipt. */
  pending: z.number(),
  invalid: z.number(),
  duplicates: z.number(),
  /** Opt-outs, exclusion lists and destinations not allowed. */
  excluded: z.number(),
  stops: z.number(),
  /** Inbound messages that answer the campaign, STOP ones included. */
  replies: z.number(),
  /** Recipients who clicked at least one tracked link. */
  uniqueClicks: z.number(),
  totalClicks: z.number(),
  previews: z.number(),
  creditsReserved: z.number(),
  creditsUsed: z.number(),
  creditsRefunded: z.number(),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportRatesSchema = z.object({
  /** delivered / sent */
  delivered: z.number(),
  /** notDelivered / sent */
  notDelivered: z.number(),
  /** uniqueClicks / delivered */
  clicks: z.number(),
  /** stops / delivered */
  stops: z.number(),
  /** recipients who replied / delivered */
  replies: z.number(),
});

export const reportStatusRowSchema = z.object({
  code: z.number(),
  /** In the admin's language (`?lang=fr|en`, French by default as the seeds). */
  label: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  colour: z.enum(REPORT_COLOURS),
  billed: z.boolean(),
  final: z.boolean(),
  count: z.number(),
});

export const reportCategoryRowSchema = z.object({
  category: z.enum(REPORT_CATEGORIES),
  colour: z.enum(REPORT_COLOURS),
  count: z.number(),
});

export const reportLinkSchema = z.object({
  /** N of `${track_N}`. */
  index: z.number(),
  url: z.string(),
  uniqueClicks: z.number(),
  totalClicks: z.number(),
  previews: z.number(),
});

export const reportTimelinePointSchema = z.object({
  /** ISO start of the bucket. */
  at: z.string(),
  submitted: z.number(),
  delivered: z.number(),
  clicks: z.number(),
});

export const campaignReportSchema = z.object({
  campaign: z.object({
    id: z.number(),
    name: z.string(),
    channel: z.enum(CHANNELS),
    kind: z.enum(CAMPAIGN_KINDS),
    status: z.enum(CAMPAIGN_STATUSES),
    sender: z.string().nullable(),
    description: z.string().nullable(),
    message: z.string().nullable(),
    isProof: z.boolean().nullable(),
    scheduledAt: z.string().nullable(),
    startedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    /** The list names, in the order chosen. */
    lists: z.array(z.string()),
  }),
  figures: reportFiguresSchema,
  rates: reportRatesSchema,
  /** Every category, zero counts included, in REPORT_CATEGORIES order (the donut). */
  categories: z.array(reportCategoryRowSchema),
  /** Only the codes some recipient has, by code (the receipt table). */
  statuses: z.array(reportStatusRowSchema),
  links: z.array(reportLinkSchema),
  timeline: z.object({
    bucket: z.enum(['minute', 'hour', 'day']),
    points: z.array(reportTimelinePointSchema),
  }),
  /** True while sending or consolidating: the page polls. */
  live: z.boolean(),
  generatedAt: z.string(),
});
export type CampaignReport = z.infer<typeof campaignReportSchema>;

export const reportRecipientSchema = z.object({
  id: z.number(),
  listName: z.string().nullable(),
  line: z.number().nullable(),
  phoneRaw: z.string().nullable(),
  /** E.164, or null for an invalid number. */
  phone: z.string().nullable(),
  country: z.string().nullable(),
  statusCode: z.number(),
  statusLabel: z.string(),
  category: z.enum(REPORT_CATEGORIES),
  colour: z.enum(REPORT_COLOURS),
  segments: z.number().nullable(),
  credits: z.number().nullable(),
  text: z.string().nullable(),
  submittedAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  /** One entry per message part that got a receipt (long messages have several). */
  receipts: z.array(z.object({ part: z.number(), statusCode: z.number().nullable(), at: z.string().nullable() })),
  replies: z.array(z.object({ text: z.string(), receivedAt: z.string(), isStop: z.boolean() })),
  clicks: z.array(
    z.object({
      index: z.number(),
      clicks: z.number(),
      firstClickAt: z.string().nullable(),
      lastClickAt: z.string().nullable(),
    })
  ),
  previews: z.number(),
  firstPreviewAt: z.string().nullable(),
});
export type ReportRecipient = z.infer<typeof reportRecipientSchema>;

export const reportRecipientsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** Digits of the number, national or international form. */
  search: z.string().trim().max(40).optional(),
  status: z.coerce.number().int().optional(),
  category: z.enum(REPORT_CATEGORIES).optional(),
  lang: z.enum(['fr', 'en']).optional(),
});
export type ReportRecipientsQuery = z.infer<typeof reportRecipientsQuerySchema>;

export const reportRecipientsPageSchema = z.object({
  results: z.array(reportRecipientSchema),
  pagination: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() }),
});
export type ReportRecipientsPage = z.infer<typeof reportRecipientsPageSchema>;

export const reportCsvQuerySchema = z.object({
  status: z.coerce.number().int().optional(),
  category: z.enum(REPORT_CATEGORIES).optional(),
  lang: z.enum(['fr', 'en']).optional(),
});
export type ReportCsvQuery = z.infer<typeof reportCsvQuerySchema>;

/** `GET /campaigns/:id/report`: the labels' language, French by default as the seeds. */
export const reportQuerySchema = z.object({
  lang: z.enum(['fr', 'en']).optional(),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;
