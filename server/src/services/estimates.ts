import type { Core } from '@strapi/strapi';
import { DEFAULT_SHORT_CODE_LENGTH, STATUS, type AnalyzeOptions, type Channel } from '../core';
import type { CreditEstimate } from '../contracts';
import { jsonValue } from '../store/tables';
import { getService } from '../utils';
import { judgeAudience } from './audience-dry-run';
import { messageToSend, type CampaignToValidate } from './validation';

const CODE_STAND_IN = 'x'.repeat(DEFAULT_SHORT_CODE_LENGTH);

const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];

/**
 * The recap's credits, exact (issue 11 goes past the seeds, whose counter bills everyone at the
 * longest rendering): each recipient judged by validation's judge, with the message as
 * validation sends it (`messageToSend`: STOP mention for marketing), the field defaults, the
 * tracked links and the message options, then the opt-out and exclusion lists. Nothing is
 * written: the campaign stays a draft.
 */
const estimatesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async estimate(campaignId: number): Promise<CreditEstimate> {
    const campaign = (await getService(strapi, 'campaigns').findOne(campaignId)) as unknown as CampaignToValidate;
    const settings = await getService(strapi, 'settings').get();
    const bySegments = new Map<number, number>();
    const counts = new Map<number, number>();
    let credits = 0;
    let worst = 0;
    const listIds = ids(campaign.listIds);
    if (listIds.length > 0) {
      await judgeAudience(
        strapi,
        {
          channel: campaign.channel as Channel,
          kind: campaign.kind,
          template: campaign.channel === 'sms' ? messageToSend(campaign, settings) : undefined,
          defaults: jsonValue<Record<string, string>>(campaign.fieldDefaults, {}),
          trackedLinks: jsonValue<{ url: string }[]>(campaign.trackedLinks, []),
          // Links as long as validation's, so that each recipient's segments are exact.
          shortLinks: { base: getService(strapi, 'tracking').base(settings), nextCode: () => CODE_STAND_IN },
          analyze: { ...jsonValue<AnalyzeOptions>(campaign.messageOptions, {}), maxSegments: settings.maxSegments },
          listIds,
          exclusionListIds: ids(campaign.exclusionListIds),
        },
        (rows) => {
          for (const { decision } of rows) {
            counts.set(decision.statusCode, (counts.get(decision.statusCode) ?? 0) + 1);
            if (decision.statusCode !== STATUS.PROCESSING) continue;
            credits += decision.credits;
            worst = Math.max(worst, decision.credits);
            // A voicemail drop costs one credit and has no segments: no distribution to show.
            if (campaign.channel === 'sms')
              bySegments.set(decision.segments, (bySegments.get(decision.segments) ?? 0) + 1);
          }
        }
      );
    }
    const count = (code: number) => counts.get(code) ?? 0;
    const billable = count(STATUS.PROCESSING);
    const { available } = await getService(strapi, 'credits').summary();
    return {
      recipients: [...counts.values()].reduce((sum, n) => sum + n, 0),
      billable,
      credits,
      worstCase: worst * billable,
      distribution: [...bySegments]
        .sort(([a], [b]) => a - b)
        .map(([segments, recipients]) => ({ segments, recipients })),
      personalisationErrors: count(STATUS.PERSONALISATION_ERROR),
      forbiddenCharacters: count(STATUS.UCS2_NOT_ALLOWED),
      tooLong: count(STATUS.TOO_LONG),
      available,
      sufficient: available === null || available >= credits,
    };
  },
});

export type EstimatesService = ReturnType<typeof estimatesService>;
export default estimatesService;
