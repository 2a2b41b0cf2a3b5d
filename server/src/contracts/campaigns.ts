import { z } from 'zod';

export const CHANNELS = ['sms', 'voice'] as const;
export const CAMPAIGN_KINDS = ['marketing', 'notification'] as const;
export const CAMPAIGN_STATUSES = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'consolidating',
  'completed',
  'cancelled',
] as const;

export const campaignSummarySchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  channel: z.enum(CHANNELS),
  kind: z.enum(CAMPAIGN_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  isProof: z.boolean().nullable(),
  recipientCount: z.number().nullable(),
  submittedCount: z.number().nullable(),
  deliveredCount: z.number().nullable(),
  creditsReserved: z.number().nullable(),
  creditsUsed: z.number().nullable(),
  scheduledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const trackedLinkSchema = z.object({
  url: z.string().trim().min(1).max(2000),
  /** Seed 002's image link: a Media Library image the link opens on a light hosted page (`url` is the image's). */
  imageId: z.number().int().positive().optional(),
  preview: z
    .object({
      title: z.string().max(40).optional(),
      description: z.string().max(80).optional(),
      imageId: z.number().int().positive().optional(),
    })
    .optional(),
});

export const messageOptionsSchema = z.object({
  allowUnicode: z.boolean().optional(),
  replaceNonGsm: z.boolean().optional(),
  emoji: z.boolean().optional(),
});

/** What the first step of the wizard (and the API) accepts to create a draft. */
export const campaignDraftSchema = z.object({
  name: z.string().trim().min(1).max(200),
  channel: z.enum(CHANNELS).default('sms'),
  kind: z.enum(CAMPAIGN_KINDS).default('marketing'),
  isProof: z.boolean().default(false),
  billingCode: z.string().trim().max(100).optional(),
  description: z.string().max(2000).optional(),
  sender: z.string().max(20).optional(),
  message: z.string().max(5000).optional(),
  listIds: z.array(z.number().int().positive()).max(100).optional(),
  exclusionListIds: z.array(z.number().int().positive()).max(100).optional(),
  /** Entry N is the target of `${track_N}` in the message; `url` may hold fields. */
  trackedLinks: z.array(trackedLinkSchema).max(10).optional(),
  messageOptions: messageOptionsSchema.optional(),
  /** The STOP mention of a marketing SMS; empty means `STOP <the account's short code>`. */
  stopMention: z.string().trim().max(40).optional(),
  /** Values for empty fields, by field name. */
  fieldDefaults: z.record(z.string().max(100), z.string().max(500)).optional(),
  /**
   * The date chosen on the last step, kept while the campaign is a draft so that leaving the
   * wizard loses nothing; null is "send now". Sending takes its own `scheduledAt` and checks it.
   */
  scheduledAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type CampaignDraftInput = z.infer<typeof campaignDraftSchema>;

export const campaignUpdateSchema = campaignDraftSchema.partial();
export type CampaignUpdateInput = z.infer<typeof campaignUpdateSchema>;

export const scheduleSchema = z.object({
  /** ISO date; absent means "send now". */
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});
export type ScheduleInput = z.infer<typeof scheduleSchema>;

/** "Send a test": numbers separated by `,` or `;`, and the row of the lists whose fields personalise it. */
export const testSendSchema = z.object({
  numbers: z.string().trim().min(1).max(500),
  line: z.number().int().min(1).default(1),
});
export type TestSendInput = z.infer<typeof testSendSchema>;
