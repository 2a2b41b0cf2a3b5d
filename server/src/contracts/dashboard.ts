import { z } from 'zod';
import { campaignSummarySchema } from './campaigns';
import { creditsSummarySchema } from './credits';

export const dashboardSchema = z.object({
  /** The 10 latest campaigns being prepared. */
  drafts: z.array(campaignSummarySchema),
  /** The 10 latest campaigns scheduled, sending, paused, consolidating or completed. */
  latest: z.array(campaignSummarySchema),
  credits: creditsSummarySchema,
});
export type Dashboard = z.infer<typeof dashboardSchema>;
