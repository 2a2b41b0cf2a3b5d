import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createAudienceJudge, STATUS, type AudienceOptions, type RecipientDecision } from '../core';
import { audienceStore, type AudienceEntry } from '../store/audience';
import { asReader, audienceReadStore } from '../store/audience-read';
import { storeContext } from '../store/tables';
import { getService } from '../utils';
import { listImportingError } from './lists';

/** What a dry run needs: the judge's options and the lists, as validation would read them. */
export interface DryRunSpec extends Omit<AudienceOptions, 'allowedCountries'> {
  kind: 'marketing' | 'notification';
  listIds: number[];
  exclusionListIds: number[];
}

export interface JudgedRow {
  listId: number;
  entry: AudienceEntry;
  decision: RecipientDecision;
}

const listError = (message: string, path: string, value: unknown) =>
  new errors.ValidationError(message, {
    code: 'LIST_NOT_USABLE',
    errors: [{ path: [path], message, name: 'ValidationError', value }],
  });

/**
 * Judges the audience of a campaign-to-be exactly as validation does (services/validation.ts),
 * without writing anything: the same judge over the same rows in the same order (lists as
 * chosen, rows by id), then the account's opt-out list (14, marketing only) and the chosen
 * exclusion lists (18) on the rows still to send, in that order. Rows come a chunk at a time
 * (5,000, the store's keyset read), so a 100k-row list never sits in memory; only the judge's
 * set of numbers seen grows, as it does in validation.
 */
export async function judgeAudience(
  strapi: Core.Strapi,
  spec: DryRunSpec,
  visit: (rows: JudgedRow[]) => void
): Promise<{ fields: string[] }> {
  const context = storeContext(strapi);
  const reader = audienceReadStore(context);
  const writerSide = audienceStore(context);
  const settings = await getService(strapi, 'settings').get();

  const lists = await reader.lists([...spec.listIds, ...spec.exclusionListIds]);
  const check = (ids: number[], kind: 'contacts' | 'exclusion', path: string) =>
    ids.map((id) => {
      const list = lists.get(id);
      if (!list) throw listError(`List ${id} does not exist`, path, id);
      if (list.kind !== kind) throw listError(`List "${list.name}" is not a ${kind} list`, path, id);
      if (list.status === 'importing') throw listImportingError();
      return list;
    });
  const chosen = check(spec.listIds, 'contacts', 'listIds');
  check(spec.exclusionListIds, 'exclusion', 'exclusionListIds');

  const optOutList = spec.kind === 'marketing' ? (await getService(strapi, 'lists').accountOptOutList()).id : null;
  const exclusions = spec.exclusionListIds.filter((id) => id !== optOutList);
  const against = [...(optOutList === null ? [] : [optOutList]), ...exclusions];
  const judge = createAudienceJudge({ ...spec, allowedCountries: settings.allowedCountries });

  for (const list of chosen) {
    for await (const entries of writerSide.entries(asReader(context.knex), list.id)) {
      const judged = entries.map((entry) => ({ listId: list.id, entry, decision: judge(entry) }));
      const toSend = judged.filter((row) => row.decision.statusCode === STATUS.PROCESSING);
      const held = await reader.exclusionsOf(
        against,
        toSend.map((row) => row.entry.phone as string)
      );
      for (const row of toSend) {
        const inLists = held.get(row.entry.phone as string);
        if (!inLists) continue;
        const code =
          optOutList !== null && inLists.has(optOutList)
            ? STATUS.OPT_OUT
            : exclusions.some((id) => inLists.has(id))
              ? STATUS.CLIENT_OPT_OUT
              : null;
        if (code !== null) row.decision = { ...row.decision, statusCode: code, credits: 0 };
      }
      visit(judged);
    }
  }
  const fields: string[] = [];
  for (const list of chosen) for (const name of list.fields) if (!fields.includes(name)) fields.push(name);
  return { fields };
}
