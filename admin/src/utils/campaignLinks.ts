import type { CampaignSummary } from '../../../server/src/contracts';
import { PLUGIN_ID } from '../pluginId';

const CAMPAIGNS = `/plugins/${PLUGIN_ID}/campaigns`;

/** The report of a campaign (seeds' step 9): its figures, receipts and recipients. */
export const campaignReportPath = (id: number) => `${CAMPAIGNS}/${id}/report`;

/**
 * Where a campaign opens from the dashboard and the campaigns page: a draft in its wizard, any
 * other campaign on its report (its read-only settings stay one click away, `?view=settings`).
 */
export const campaignOpenPath = (campaign: Pick<CampaignSummary, 'id' | 'status'>) =>
  campaign.status === 'draft' ? `${CAMPAIGNS}/${campaign.id}` : campaignReportPath(campaign.id);
