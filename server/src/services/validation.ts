import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import {
  appendStopMention,
  buildStopMention,
  createAudienceJudge,
  createShortCodes,
  STATUS,
  type RecipientLink,
  type AnalyzeOptions,
  type CampaignStatus,
  type Channel,
} from '../core';
import type { Settings } from '../contracts';
import { audienceStore, type NewRecipient } from '../store/audience';
import { creditsStore } from '../store/credits';
import { shortLinksStore, type NewShortLink } from '../store/short-links';
import { jsonValue, readCommitted, storeContext } from '../store/tables';
import { getService } from '../utils';
import { listImportingError } from './lists';

/** The columns of a campaign that validation reads. */
export interface CampaignToValidate {
  id: number;
  status: CampaignStatus;
  channel: Channel;
  kind: 'marketing' | 'notification';
  message: string | null;
  messageOptions: unknown;
  stopMention: string | null;
  fieldDefaults: unknown;
  trackedLinks: unknown;
  listIds: unknown;
  exclusionListIds: unknown;
}

export interface ValidationOutcome {
  recipientCount: number;
  invalidCount: number;
  duplicateCount: number;
  excludedCount: number;
  creditsReserved: number;
  statusCounts: Record<string, number>;
}

const INVALID = [STATUS.MALFORMED_NUMBER, STATUS.DESTINATION_NOT_ALLOWED];
const EXCLUDED = [STATUS.OPT_OUT, STATUS.GLOBAL_OPT_OUT, STATUS.CLIENT_OPT_OUT];

export const conflict = (status: string) =>
  new errors.ApplicationError(`A campaign that is ${status} cannot be sent again`, {
    code: 'CAMPAIGN_STATUS_CONFLICT',
    action: 'validate',
    status,
  });

const listError = (message: string, path: string, value: unknown) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError', value }] });

const numbers = (value: unknown): number[] =>
  Array.isArray(value) ? value.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];

/** The message as sent: a marketing SMS carries the STOP mention (counted in its length), a notification none. */
export const messageToSend = (campaign: CampaignToValidate, settings: Settings) => {
  const message = campaign.message ?? '';
  if (campaign.kind !== 'marketing') return message;
  return appendStopMention(message, campaign.stopMention?.trim() || buildStopMention(settings.stopShortCode));
};

/**
 * Freezes a draft's audience and schedules it, in one transaction: the compare-and-set on the
 * campaign comes first, so a second "send" waits for the first and is refused, and nothing is
 * materialised twice; a refusal later on (credits short, a list being imported) leaves nothing.
 */
const validationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = storeContext(strapi);
  const audience = audienceStore(context);
  const credits = creditsStore(context);
  const shortLinks = shortLinksStore(context);
  const { tables } = context;

  const chosenLists = async (trx: Knex.Transaction, ids: number[], kind: 'contacts' | 'exclusion', path: string) => {
    if (ids.length === 0) return [];
    const rows: { id: number; name: string; kind: string; status: string; fields: unknown }[] = await trx(tables.lists)
      .select('id', 'name', 'kind', 'status', 'fields')
      .whereIn('id', ids);
    const byId = new Map(rows.map((row) => [Number(row.id), row]));
    return ids.map((id) => {
      const list = byId.get(id);
      if (!list) throw listError(`List ${id} does not exist`, path, id);
      if (list.kind !== kind) throw listError(`List "${list.name}" is not a ${kind} list`, path, id);
      if (list.status === 'importing') throw listImportingError();
      return { id, name: list.name, fields: jsonValue<string[]>(list.fields, []) };
    });
  };

  /** Limited credits only: an unlimited account moves nothing in the ledger (a later top-up starts clean). */
  const reserve = async (trx: Knex.Transaction, campaignId: number, needed: number, settings: Settings) => {
    if (settings.creditMode !== 'limited') return;
    await credits.lock(trx);
    const { balance, reserved } = await credits.sums(trx);
    const available = balance - reserved;
    if (available < needed) {
      throw new errors.ApplicationError(`This campaign needs ${needed} credits; ${available} are available`, {
        code: 'INSUFFICIENT_CREDITS',
        needed,
        available,
      });
    }
    await credits.record(trx, [{ kind: 'reserve', amount: needed, campaignId }]);
  };

  /**
   * Codes for a chunk, drawn before it is judged (the judge is synchronous). Distinct within a
   * draw; `insertWithLinks` checks them against every link already written before inserting.
   */
  const codePool = () => {
    let pool: string[] = [];
    return {
      refill(count: number) {
        pool = count > 0 ? createShortCodes(count) : [];
      },
      next: () => {
        const code = pool.pop();
        if (code === undefined) throw new Error('The short code pool ran dry: refill it for each chunk');
        return code;
      },
    };
  };

  /**
   * Writes a chunk of recipients and their short links. A code that an earlier link (of any
   * campaign, or an earlier chunk) already has is drawn again: same length, so the message's
   * segments do not change, and its text is rewritten with the new one. The unique index on
   * `code` stays the last guard (two validations drawing the same code at the same instant).
   */
  const insertWithLinks = async (
    trx: Knex.Transaction,
    campaignId: number,
    recipients: NewRecipient[],
    base: string
  ) => {
    const sent = recipients.flatMap((r) => r.links ?? []);
    const taken = await shortLinks.taken(
      trx,
      sent.map((link) => link.code)
    );
    if (taken.size > 0) redraw(recipients, taken, base);
    const lastId = await lastRecipientId(trx, campaignId);
    await audience.insert(trx, campaignId, recipients);
    if (sent.length === 0) return;
    const ids: { id: number | string }[] = await trx(tables.recipients)
      .select('id')
      .where('campaign_id', campaignId)
      .andWhere('id', '>', lastId)
      .orderBy('id')
      .limit(recipients.length);
    const links: NewShortLink[] = [];
    recipients.forEach((recipient, at) => {
      for (const link of recipient.links ?? []) {
        links.push({ code: link.code, url: link.url, trackIndex: link.index, recipientId: Number(ids[at].id) });
      }
    });
    await shortLinks.insert(trx, campaignId, links);
  };

  const lastRecipientId = async (trx: Knex.Transaction, campaignId: number) => {
    const row = await trx(tables.recipients).max({ id: 'id' }).where('campaign_id', campaignId).first();
    return Number(row?.id ?? 0);
  };

  const redraw = (recipients: NewRecipient[], taken: Set<string>, base: string) => {
    const prefix = `${getService(strapi, 'tracking').prefix(base)}`;
    const inChunk = new Set(recipients.flatMap((r) => (r.links ?? []).map((link) => link.code)));
    for (const recipient of recipients) {
      for (const link of (recipient.links ?? []) as RecipientLink[]) {
        if (!taken.has(link.code)) continue;
        let code = link.code;
        while (taken.has(code) || inChunk.has(code)) [code] = createShortCodes(1, link.code.length);
        inChunk.add(code);
        recipient.text = recipient.text?.replace(prefix + link.code, prefix + code) ?? null;
        link.code = code;
      }
    }
  };

  return {
    async validate(campaign: CampaignToValidate, scheduledAt: Date | null): Promise<ValidationOutcome> {
      const settings = await getService(strapi, 'settings').get();
      const options = jsonValue<AnalyzeOptions>(campaign.messageOptions, {});
      const trackedLinks = jsonValue<{ url: string }[]>(campaign.trackedLinks, []);
      const codes = trackedLinks.length > 0 && campaign.channel === 'sms' ? codePool() : null;
      const shortLinkBase = codes ? getService(strapi, 'tracking').base(settings) : null;
      const judgeFor = (lists: { fields: string[] }[]) =>
        createAudienceJudge({
          channel: campaign.channel,
          template: campaign.channel === 'sms' ? messageToSend(campaign, settings) : undefined,
          defaults: jsonValue<Record<string, string>>(campaign.fieldDefaults, {}),
          trackedLinks,
          analyze: { ...options, maxSegments: settings.maxSegments },
          allowedCountries: settings.allowedCountries,
          fieldNames: [...new Set(lists.flatMap((list) => list.fields))],
          ...(codes && shortLinkBase ? { shortLinks: { base: shortLinkBase, nextCode: codes.next } } : {}),
        });
      const optOutList =
        campaign.kind === 'marketing' ? (await getService(strapi, 'lists').accountOptOutList()).id : null;

      return readCommitted(context, async (trx) => {
        const now = new Date();
        const moved = await trx(tables.campaigns)
          .where({ id: campaign.id, status: 'draft' })
          .update({
            status: 'scheduled',
            scheduled_at: scheduledAt ?? now,
            send_immediately: scheduledAt === null,
            updated_at: now,
          });
        if (moved === 0) {
          const row = await trx(tables.campaigns).first('status').where('id', campaign.id);
          throw conflict(row?.status ?? 'gone');
        }
        const lists = await chosenLists(trx, numbers(campaign.listIds), 'contacts', 'listIds');
        const exclusions = await chosenLists(trx, numbers(campaign.exclusionListIds), 'exclusion', 'exclusionListIds');
        const judge = judgeFor(lists);

        // On a database server the lists are read on a second connection of the pool while the
        // transaction's writes the chunk before: reading, judging and writing overlap. SQLite has
        // one connection, the transaction's. Validation runs READ COMMITTED on both servers, so the
        // transaction itself would see the same committed rows; an import holds its list
        // `importing`, refused above.
        const reader = context.client === 'sqlite' ? trx : context.knex;
        let writing: Promise<unknown> = Promise.resolve();
        for (const list of lists) {
          for await (const entries of audience.entries(reader, list.id)) {
            codes?.refill(entries.length * trackedLinks.length);
            const recipients: NewRecipient[] = entries.map((entry) => ({
              ...judge(entry),
              listId: list.id,
              listName: list.name,
              entry,
            }));
            await writing;
            writing = codes
              ? insertWithLinks(trx, campaign.id, recipients, shortLinkBase!)
              : audience.insert(trx, campaign.id, recipients);
            writing.catch(() => undefined);
          }
        }
        await writing;
        if (optOutList !== null) await audience.exclude(trx, campaign.id, [optOutList], STATUS.OPT_OUT);
        await audience.exclude(
          trx,
          campaign.id,
          exclusions.map((list) => list.id).filter((id) => id !== optOutList),
          STATUS.CLIENT_OPT_OUT
        );

        const { statusCounts, total, credits: needed } = await audience.totals(trx, campaign.id);
        const count = (codes: number[]) => codes.reduce((sum, code) => sum + (statusCounts[code] ?? 0), 0);
        const outcome: ValidationOutcome = {
          recipientCount: total,
          invalidCount: count(INVALID),
          duplicateCount: count([STATUS.DUPLICATE]),
          excludedCount: count(EXCLUDED),
          creditsReserved: needed,
          statusCounts,
        };
        if (count([STATUS.PROCESSING]) === 0) {
          throw new errors.ApplicationError('No recipient of the chosen lists can be sent this message', {
            code: 'NO_RECIPIENTS',
            statusCounts,
          });
        }
        await reserve(trx, campaign.id, needed, settings);
        await trx(tables.lists)
          .whereIn(
            'id',
            [...lists, ...exclusions].map((list) => list.id)
          )
          .update({ last_used_at: now });
        await trx(tables.campaigns).where('id', campaign.id).update({
          recipient_count: outcome.recipientCount,
          invalid_count: outcome.invalidCount,
          duplicate_count: outcome.duplicateCount,
          excluded_count: outcome.excludedCount,
          credits_reserved: outcome.creditsReserved,
          submitted_count: 0,
          delivered_count: 0,
          credits_used: 0,
          credits_refunded: 0,
        });
        return outcome;
      });
    },
  };
};

export type ValidationService = ReturnType<typeof validationService>;
export default validationService;
