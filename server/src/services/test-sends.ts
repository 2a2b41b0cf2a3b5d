import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  createAudienceJudge,
  createShortCodes,
  normalizePhone,
  parsePastedNumbers,
  STATUS,
  type AnalyzeOptions,
  type Channel,
} from '../core';
import type { TestSendInput } from '../contracts';
import type { SubmitResult } from '../providers/types';
import { audienceReadStore } from '../store/audience-read';
import { creditsStore } from '../store/credits';
import { shortLinksStore } from '../store/short-links';
import { jsonValue, storeContext } from '../store/tables';
import { getService } from '../utils';
import { messageToSend, type CampaignToValidate } from './validation';

export interface TestSendResult {
  to: string;
  accepted: boolean;
  providerMessageId: string | null;
  error: string | null;
}

/** Numbers a test goes to at most (seed 001: "one or several numbers"). */
export const MAX_TEST_NUMBERS = 10;

/**
 * "Send a test" (seed 001, step 6): the message as one chosen recipient of the lists would get
 * it (the "recipient for the personalisation"), to a few numbers typed by hand, through the same
 * gateway as the campaign. The campaign's recipients are never touched; limited accounts pay
 * the test's credits.
 */
const testSendsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = storeContext(strapi);
  const credits = creditsStore(context);
  const reader = audienceReadStore(context);
  const shortLinks = shortLinksStore(context);

  /**
   * Fresh codes for a test's links, none already taken. The test's links belong to no recipient:
   * they open like the campaign's (preview, image page) and the report does not count them.
   */
  const testCodes = async (count: number) => {
    let codes = createShortCodes(count);
    for (let attempt = 0; attempt < 5; attempt++) {
      const taken = await shortLinks.taken(context.knex, codes);
      if (taken.size === 0) return codes;
      codes = createShortCodes(count);
    }
    throw new Error('Could not draw free short codes');
  };

  return {
    async send(campaignId: number, { numbers, line }: TestSendInput): Promise<TestSendResult[]> {
      const campaign = (await getService(strapi, 'campaigns').findOne(campaignId)) as unknown as CampaignToValidate & {
        sender: string | null;
      };
      const settings = await getService(strapi, 'settings').get();
      const parsed = parsePastedNumbers(numbers, { defaultCountry: settings.defaultCountry }).map((value) => ({
        value,
        phone: normalizePhone(value, { defaultCountry: settings.defaultCountry }),
      }));
      const invalid = parsed.filter((entry) => !entry.phone.valid);
      if (parsed.length === 0 || invalid.length > 0 || parsed.length > MAX_TEST_NUMBERS) {
        const message =
          parsed.length > MAX_TEST_NUMBERS
            ? `A test goes to at most ${MAX_TEST_NUMBERS} numbers`
            : `Not a valid mobile number: ${invalid.map((entry) => entry.value).join(', ') || numbers}`;
        throw new errors.ValidationError(message, {
          errors: [{ path: ['numbers'], message, name: 'ValidationError', value: numbers }],
        });
      }
      const listIds = Array.isArray(campaign.listIds) ? (campaign.listIds as number[]) : [];
      // The row the preview's line selector shows: one rule for both (services/audience-summary.ts).
      const fields =
        listIds.length > 0 ? (await getService(strapi, 'audienceSummary').line({ listIds, line })).fields : {};
      const trackedLinks = jsonValue<{ url: string }[]>(campaign.trackedLinks, []);
      // The test carries real short links, as the campaign will: same length, and they open.
      const codes =
        campaign.channel === 'sms' && trackedLinks.length > 0
          ? await testCodes(parsed.length * trackedLinks.length)
          : [];
      const judge = createAudienceJudge({
        channel: campaign.channel as Channel,
        template: campaign.channel === 'sms' ? messageToSend(campaign, settings) : undefined,
        defaults: jsonValue<Record<string, string>>(campaign.fieldDefaults, {}),
        trackedLinks,
        ...(codes.length > 0
          ? { shortLinks: { base: getService(strapi, 'tracking').base(settings), nextCode: () => codes.pop()! } }
          : {}),
        analyze: { ...jsonValue<AnalyzeOptions>(campaign.messageOptions, {}), maxSegments: settings.maxSegments },
        allowedCountries: settings.allowedCountries,
        // As validation: a field the row leaves out is an empty cell of its list.
        fieldNames: [...new Set([...(await reader.lists(listIds)).values()].flatMap((list) => list.fields))],
      });
      const decisions = parsed.map((entry) => ({
        to: entry.phone.e164 as string,
        decision: judge({ phone: entry.phone.e164, country: entry.phone.country ?? null, valid: true, fields }),
      }));
      const refused = decisions.find(({ decision }) => decision.statusCode !== STATUS.PROCESSING);
      if (refused) {
        throw new errors.ApplicationError('This test cannot be sent', {
          code: 'TEST_NOT_SENDABLE',
          to: refused.to,
          statusCode: refused.decision.statusCode,
        });
      }
      const links = decisions.flatMap(({ decision }) => decision.links ?? []);
      if (links.length > 0) {
        await context.knex.transaction((trx) =>
          shortLinks.insert(
            trx,
            campaignId,
            links.map((link) => ({ code: link.code, url: link.url, trackIndex: link.index, recipientId: null }))
          )
        );
      }
      const cost = decisions.reduce((sum, { decision }) => sum + decision.credits, 0);
      if (settings.creditMode === 'limited') {
        await strapi.db.transaction(async ({ trx }) => {
          await credits.lock(trx);
          const { balance, reserved } = await credits.sums(trx);
          if (balance - reserved < cost) {
            throw new errors.ApplicationError(`This test needs ${cost} credits`, {
              code: 'INSUFFICIENT_CREDITS',
              needed: cost,
              available: balance - reserved,
            });
          }
          await credits.record(trx, [{ kind: 'consume', amount: -cost, campaignId, note: 'test' }]);
        });
      }
      const gateway = getService(strapi, 'providers').get(campaign.channel as Channel);
      const messages = decisions.map(({ to, decision }, index) => ({
        id: `test-${campaignId}-${Date.now()}-${index}`,
        channel: campaign.channel as Channel,
        to,
        ...(campaign.sender ? { from: campaign.sender } : {}),
        ...(decision.text !== null
          ? { text: decision.text, encoding: decision.encoding ?? 'GSM-7', segments: decision.segments }
          : { audioUrl: jsonValue<{ url?: string } | null>((campaign as { audio?: unknown }).audio, null)?.url }),
      }));
      const results: SubmitResult[] = await gateway.send(messages);
      const dispatcher = getService(strapi, 'dispatcher');
      return messages.map((message) => {
        const result = results.find((candidate) => candidate.id === message.id);
        if (result?.providerMessageId) dispatcher.ignoreReceipts([result.providerMessageId, ...(result.partIds ?? [])]);
        return {
          to: message.to,
          accepted: result?.accepted === true,
          providerMessageId: result?.providerMessageId ?? null,
          error: result?.accepted ? null : (result?.error?.code ?? 'no-answer'),
        };
      });
    },
  };
};

export type TestSendsService = ReturnType<typeof testSendsService>;
export default testSendsService;
