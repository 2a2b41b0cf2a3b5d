import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, CHANNELS, campaignSummarySchema } from './campaigns';

/**
 * What the campaign wizard and the campaigns page ask of the server, beyond the draft itself
 * (contracts/campaigns.ts). The admin parses every answer with these schemas.
 */

const id = z.coerce.number().int().positive();
const ids = z.array(z.number().int().positive()).max(100);

/** `POST /campaigns/audience`: the consolidated summary of step 2, computed by the server. */
export const audienceQuerySchema = z.object({
  channel: z.enum(CHANNELS).default('sms'),
  kind: z.enum(CAMPAIGN_KINDS).default('marketing'),
  listIds: ids.min(1),
  exclusionListIds: ids.default([]),
});
export type AudienceQuery = z.infer<typeof audienceQuerySchema>;

/** A personalisation field of the chosen lists, for the editor's panel and its counter. */
export const audienceFieldSchema = z.object({
  /** The variable as written in the message: `${Prénom}`. */
  name: z.string(),
  /** The value that renders longest (GSM-7 units, extension characters counting 2). */
  longest: z.string(),
  /** Rows with no value: the editor shows the field in pink with a default-value box. */
  empty: z.number(),
  /** Some value holds a character outside GSM-7. */
  hasNonGsm: z.boolean(),
});
export type AudienceField = z.infer<typeof audienceFieldSchema>;

export const audienceSummarySchema = z.object({
  /** Every row of the chosen lists, as the recap counts them (seed 001: 11 recipients). */
  recipients: z.number(),
  /** Rows that would be sent to. */
  valid: z.number(),
  /** Status 2: malformed numbers and fixed lines. */
  invalid: z.number(),
  /** Status 3: destinations outside the account's allowed countries (current settings). */
  notAllowed: z.number(),
  /** Status 4: the same number earlier in the chosen lists. */
  duplicates: z.number(),
  /** Status 14: the account's opt-out list (always applied to marketing). */
  optedOut: z.number(),
  /** Status 18: the chosen exclusion lists. */
  excluded: z.number(),
  /** Valid recipients by destination (ISO 3166 alpha-2), most first. */
  byCountry: z.array(z.object({ country: z.string().nullable(), count: z.number() })),
  fields: z.array(audienceFieldSchema),
});
export type AudienceSummary = z.infer<typeof audienceSummarySchema>;

/**
 * `GET /campaigns/audience/line?listIds=1,2&line=N`: the N-th row (1-based, lists in the order
 * chosen, then line order) of the chosen lists, for the preview's line selector and the test send.
 */
export const audienceLineQuerySchema = z.object({
  listIds: z
    .string()
    .transform((value) => value.split(',').map(Number))
    .pipe(z.array(z.number().int().positive()).min(1).max(100)),
  line: id,
});
export type AudienceLineQuery = z.infer<typeof audienceLineQuerySchema>;

export const audienceLineSchema = z.object({
  line: z.number(),
  /** Rows in the chosen lists: the selector's upper bound. */
  total: z.number(),
  number: z.string().nullable(),
  fields: z.record(z.string(), z.string()),
});
export type AudienceLine = z.infer<typeof audienceLineSchema>;

/**
 * `POST /campaigns/:id/estimate`: the recap's credits, exact: each recipient's own segments after
 * personalisation, computed by the server as validation would, without writing anything.
 */
export const creditEstimateSchema = z.object({
  recipients: z.number(),
  /** Recipients that would be sent to (and billed). */
  billable: z.number(),
  /** Exact credits: the sum of each billable recipient's cost. */
  credits: z.number(),
  /** What the seeds' counter bills: every billable recipient at the longest rendering. */
  worstCase: z.number(),
  /** How many recipients need 1, 2, 3 … SMS, in increasing order of segments. */
  distribution: z.array(z.object({ segments: z.number(), recipients: z.number() })),
  /** Recipients the message cannot reach as written (statuses 5, 6 and 7). */
  personalisationErrors: z.number(),
  forbiddenCharacters: z.number(),
  tooLong: z.number(),
  /** Credits the account has now; null when the account is unlimited. */
  available: z.number().nullable(),
  sufficient: z.boolean(),
});
export type CreditEstimate = z.infer<typeof creditEstimateSchema>;

const SORTABLE = ['name', 'status', 'createdAt', 'updatedAt', 'scheduledAt', 'recipientCount'] as const;

/** `GET /campaigns` and `GET /campaigns/export` (the filtered list as CSV). */
export const campaignListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** A name (accent- and case-insensitive) or, when it is a number, a campaign ID. */
  search: z.string().trim().max(200).optional(),
  /** One status or several separated by commas. */
  status: z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(CAMPAIGN_STATUSES)))
    .optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(CAMPAIGN_KINDS).optional(),
  /** The admin user who created the campaign. */
  author: id.optional(),
  /** Inclusive bounds on the campaign's date: when it was (or will be) sent, else when it was created. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  sort: z
    .string()
    .regex(new RegExp(`^(${SORTABLE.join('|')}):(asc|desc)$`))
    .default('updatedAt:desc'),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;

export const campaignAuthorSchema = z.object({ id: z.number(), name: z.string() });
export type CampaignAuthor = z.infer<typeof campaignAuthorSchema>;

/** `GET /templates`, `POST /templates`, `PUT /templates/:id`, `DELETE /templates/:id`. */
export const templateInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  channel: z.enum(CHANNELS).default('sms'),
  kind: z.enum(CAMPAIGN_KINDS).default('marketing'),
  sender: z.string().max(20).optional(),
  message: z.string().max(5000),
  messageOptions: z
    .object({
      allowUnicode: z.boolean().optional(),
      replaceNonGsm: z.boolean().optional(),
      emoji: z.boolean().optional(),
    })
    .optional(),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;
export const templateUpdateSchema = templateInputSchema.partial();
export type TemplateUpdate = z.infer<typeof templateUpdateSchema>;

export const templateSchema = templateInputSchema.extend({
  id: z.number(),
  sender: z.string().nullable(),
  messageOptions: z.unknown().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

/** A row of `GET /campaigns`: the summary, with what the campaigns page shows beside it. */
export const campaignListRowSchema = campaignSummarySchema.extend({
  author: campaignAuthorSchema.nullable(),
  sender: z.string().nullable(),
  invalidCount: z.number().nullable(),
  duplicateCount: z.number().nullable(),
  excludedCount: z.number().nullable(),
});
export type CampaignListRow = z.infer<typeof campaignListRowSchema>;

/** `GET /campaigns/export`: the list's filters, and the language of the header and the words. */
export const campaignExportQuerySchema = campaignListQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ lang: z.enum(['en', 'fr']).default('fr') });
export type CampaignExportQuery = z.infer<typeof campaignExportQuerySchema>;

/**
 * `POST /campaigns/:id/duplicate`: the copy is named `<name> (copie)`, or `<name> (copy)` with
 * `lang: 'en'`, unless a name is given.
 */
export const campaignDuplicateSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  lang: z.enum(['en', 'fr']).default('fr'),
});
export type CampaignDuplicateInput = z.infer<typeof campaignDuplicateSchema>;
