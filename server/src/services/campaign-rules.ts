import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  isValidVoiceSender,
  maxRenderedLength,
  normaliseReply,
  parseTemplate,
  shortLinkLength,
  unknownTemplateFields,
  validateSmsSender,
  type AnalyzeOptions,
} from '../core';
import type { Settings } from '../contracts';
import { audienceReadStore } from '../store/audience-read';
import { jsonValue, storeContext } from '../store/tables';
import { getService } from '../utils';
import { messageToSend, type CampaignToValidate } from './validation';

/** The campaign as the rules read it: a saved row, or a row with the fields being saved over it. */
export type CampaignForRules = CampaignToValidate & { sender: string | null };

/** Codes the admin translates, one per rule (issue 11, "Rules the server enforces"). */
export const RULE_CODES = [
  'SENDER_INVALID',
  'STOP_MENTION_MISSING',
  'STOP_MENTION_INVALID',
  'UNKNOWN_FIELD',
  'UNKNOWN_TRACKED_LINK',
  'TRACKED_LINK_NOT_WEB',
  'MESSAGE_TOO_LONG',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

const refused = (code: RuleCode, path: string, message: string, details: Record<string, unknown> = {}) =>
  new errors.ValidationError(message, {
    code,
    ...details,
    errors: [{ path: [path], message: code, name: 'ValidationError', value: details }],
  });

const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];

/** A custom mention is an opt-out only if it names the STOP keyword ("STOP au 36184", "Stop SMS 36184", "STOP36184"). */
export const isStopMention = (mention: string) => /(^|[^A-Z])STOP([^A-Z]|$)/.test(normaliseReply(mention));

/**
 * The seeds' rules on a campaign's message and sender. `PUT /campaigns/:id` (and the create)
 * checks those that concern the fields being saved, so the wizard hears of a problem at the step
 * that causes it; `POST /campaigns/:id/send` checks them all, whatever the client did before.
 * A notification carries no STOP mention (seed 004). Each refusal has its own `details.code`.
 */
const campaignRulesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const reader = audienceReadStore(storeContext(strapi));

  const checkSender = (campaign: CampaignForRules) => {
    if (campaign.channel === 'voice') {
      if (!isValidVoiceSender(campaign.sender)) {
        throw refused('SENDER_INVALID', 'sender', 'A voicemail drop shows a fixed-line number or nothing', {
          rule: 'fixed-line',
        });
      }
      return;
    }
    const check = validateSmsSender(campaign.sender);
    if (!check.valid) {
      throw refused('SENDER_INVALID', 'sender', `This sender breaks the rule "${check.rule}"`, {
        rule: check.rule,
        reason: check.reason,
        ...(check.character ? { character: check.character } : {}),
      });
    }
  };

  const needsStop = (campaign: CampaignForRules) => campaign.channel === 'sms' && campaign.kind === 'marketing';

  /** `null`/absent is the default mention; `''` means the user removed it, which only send refuses. */
  const checkStop = (campaign: CampaignForRules, atSend: boolean) => {
    if (!needsStop(campaign)) return;
    const mention = campaign.stopMention;
    if (mention === null || mention === undefined) return;
    if (mention.trim() === '') {
      if (atSend) throw refused('STOP_MENTION_MISSING', 'stopMention', 'A marketing SMS must carry a STOP mention');
      return;
    }
    if (!isStopMention(mention)) {
      throw refused('STOP_MENTION_INVALID', 'stopMention', 'The mention must contain STOP', { mention });
    }
  };

  const links = (campaign: CampaignForRules) => jsonValue<{ url: string }[]>(campaign.trackedLinks, []);

  const checkTrackedLinks = (campaign: CampaignForRules) => {
    const count = links(campaign).length;
    const missing = parseTemplate(campaign.message ?? '').links.filter((name) => {
      const n = Number(name.slice('track_'.length));
      return !(n >= 1 && n <= count);
    });
    if (missing.length > 0) {
      throw refused('UNKNOWN_TRACKED_LINK', 'message', `No tracked link for ${missing.join(', ')}`, {
        links: missing,
      });
    }
    // The redirect sends recipients only to web pages: never `javascript:`, `tel:` or a field alone.
    const notWeb = links(campaign).findIndex((link) => !/^https?:\/\/[^/\s$]/i.test(link.url.trim()));
    if (notWeb >= 0) {
      throw refused('TRACKED_LINK_NOT_WEB', 'trackedLinks', 'A tracked link must start with https:// or http://', {
        index: notWeb + 1,
        url: links(campaign)[notWeb].url,
      });
    }
  };

  /** Fields of the message and of the tracked links' addresses that neither the lists nor a default provide. */
  const checkFields = async (campaign: CampaignForRules) => {
    const listIds = ids(campaign.listIds);
    const lists = await reader.lists(listIds);
    // A list that is gone is validation's to report (it names the list); the fields cannot be known.
    if (listIds.some((id) => !lists.has(id))) return;
    const available = listIds.flatMap((id) => lists.get(id)?.fields ?? []);
    const defaults = jsonValue<Record<string, string>>(campaign.fieldDefaults, {});
    const unknown = new Set<string>();
    for (const text of [campaign.message ?? '', ...links(campaign).map((link) => link.url)])
      for (const name of unknownTemplateFields(text, available, defaults)) unknown.add(name);
    if (unknown.size > 0) {
      const fields = [...unknown];
      throw refused('UNKNOWN_FIELD', 'message', `Unknown field: ${fields.join(', ')}`, { fields, available });
    }
  };

  /**
   * Too long for everyone: the message as sent (STOP mention included) with each field at its
   * default or empty and each tracked link at its short length already needs more segments than
   * the account allows. A recipient whose own values push it over gets status 7 at validation.
   */
  const checkLength = (campaign: CampaignForRules, settings: Settings) => {
    const options = jsonValue<AnalyzeOptions>(campaign.messageOptions, {});
    const analysis = maxRenderedLength(
      messageToSend({ ...campaign, stopMention: campaign.stopMention?.trim() || null }, settings),
      {
        defaults: jsonValue<Record<string, string>>(campaign.fieldDefaults, {}),
        trackedLinkLength: shortLinkLength(getService(strapi, 'tracking').base(settings)),
      },
      { ...options, maxSegments: settings.maxSegments }
    );
    if (analysis.segments > settings.maxSegments) {
      throw refused('MESSAGE_TOO_LONG', 'message', `The message needs ${analysis.segments} SMS`, {
        segments: analysis.segments,
        maxSegments: settings.maxSegments,
      });
    }
  };

  return {
    /** The rules that concern `saving` (the keys of the body), on the campaign as it will be. */
    async onSave(campaign: CampaignForRules, saving: string[]) {
      const has = (...keys: string[]) => keys.some((key) => saving.includes(key));
      if (has('sender', 'channel')) checkSender(campaign);
      if (campaign.channel !== 'sms') return;
      if (has('stopMention', 'kind')) checkStop(campaign, false);
      if (has('message', 'trackedLinks')) checkTrackedLinks(campaign);
      // Before the lists are chosen every field is unknown: step 3 comes after step 2.
      if (has('message', 'trackedLinks', 'fieldDefaults') && ids(campaign.listIds).length > 0)
        await checkFields(campaign);
      if (has('message', 'stopMention', 'kind', 'messageOptions', 'fieldDefaults'))
        checkLength(campaign, await getService(strapi, 'settings').get());
    },

    async atSend(campaign: CampaignForRules) {
      checkSender(campaign);
      if (campaign.channel !== 'sms') return;
      checkStop(campaign, true);
      checkTrackedLinks(campaign);
      await checkFields(campaign);
      checkLength(campaign, await getService(strapi, 'settings').get());
    },
  };
};

export type CampaignRulesService = ReturnType<typeof campaignRulesService>;
export default campaignRulesService;
