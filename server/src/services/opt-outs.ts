import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normalizePhone, parsePastedNumbers, phoneSearchOf } from '../core';
import { optOutAddSchema, type OptOut } from '../contracts';
import { getService, uid } from '../utils';
import { assertNotImporting } from './lists';
import { parseOrThrow } from '../utils/parse';
import { insertChunkSize, tableOf } from '../utils/sql';

const OPT_OUT = uid('opt-out');

type Source = OptOut['source'];

/**
 * Exclusion lists: the account's opt-out list (STOP replies) and named ones. A number in any of
 * them is never messaged by a marketing campaign.
 */
const optOutsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(OPT_OUT);

  const assertExclusionList = async (listId: number) => {
    const list = await getService(strapi, 'lists').findOne(listId);
    if (list.kind !== 'exclusion') throw new errors.ValidationError('This is a contact list, not an exclusion list');
    assertNotImporting(list);
    return list;
  };

  return {
    /** Which of these E.164 numbers are excluded, in one query. */
    async excludedAmong(phones: (string | null)[]): Promise<Set<string>> {
      const wanted = [...new Set(phones.filter((phone): phone is string => Boolean(phone)))];
      if (wanted.length === 0) return new Set();
      const rows: { phone: string }[] = await strapi.db
        .connection(tableOf(strapi, OPT_OUT))
        .distinct('phone')
        .whereIn('phone', wanted);
      return new Set(rows.map((row) => row.phone));
    },

    async list(listId: number, { page, pageSize, search }: { page: number; pageSize: number; search?: string }) {
      await assertExclusionList(listId);
      const where: Record<string, unknown> = { listId };
      if (search) {
        // A number by any part of it or its national form (`06 12 34`), as the directory searches.
        const { defaultCountry } = await getService(strapi, 'settings').get();
        const asNumber = normalizePhone(search, { defaultCountry });
        const number = phoneSearchOf(search, defaultCountry);
        where.$or = [
          ...(asNumber.e164 ? [{ phone: asNumber.e164 }] : []),
          ...(number?.contains ? [{ phone: { $contains: number.contains } }] : []),
          ...(number?.prefixes ?? []).map((prefix) => ({ phone: { $startsWith: prefix } })),
          { note: { $containsi: search } },
        ];
      }
      const { results, pagination } = await query().findPage({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        page,
        pageSize,
      });
      return { results: results as OptOut[], pagination };
    },

    /** Adds one E.164 number; adding it again keeps the first entry (and its source). */
    async addOne(
      listId: number,
      phone: string,
      { source, note, campaignId }: { source: Source; note: string | null; campaignId?: number }
    ) {
      await assertExclusionList(listId);
      const existing = await query().findOne({ where: { listId, phone } });
      if (existing) return existing as OptOut;
      try {
        return (await query().create({
          data: { listId, phone, source, note, campaignId: campaignId ?? null },
        })) as OptOut;
      } catch (error) {
        // Two requests adding the same number at once: the unique index kept one, which is the goal.
        const row = await query().findOne({ where: { listId, phone } });
        if (row) return row as OptOut;
        throw error;
      } finally {
        await getService(strapi, 'lists').recount(listId);
      }
    },

    /** Adds pasted or typed numbers: each is normalised; invalid ones are reported, not stored. */
    async addNumbers(listId: number, input: unknown, source: Source = 'manual') {
      const { numbers, note } = parseOrThrow(optOutAddSchema, input, 'Invalid numbers');
      await assertExclusionList(listId);
      const { defaultCountry } = await getService(strapi, 'settings').get();
      const invalid: { value: string; reason: string }[] = [];
      const phones = new Set<string>();
      for (const value of parsePastedNumbers(numbers, { defaultCountry })) {
        const result = normalizePhone(value, { defaultCountry });
        if (result.valid && result.e164) phones.add(result.e164);
        else invalid.push({ value, reason: result.reason ?? 'invalid-number' });
      }
      const present = await strapi.db
        .connection(tableOf(strapi, OPT_OUT))
        .select('phone')
        .where('list_id', listId)
        .whereIn('phone', [...phones]);
      const known = new Set(present.map((row: { phone: string }) => row.phone));
      const fresh = [...phones].filter((phone) => !known.has(phone));
      const rows = fresh.map((phone) => ({ listId, phone, source, note: note ?? null }));
      const chunk = insertChunkSize(strapi, 8);
      for (let i = 0; i < rows.length; i += chunk) await query().createMany({ data: rows.slice(i, i + chunk) });
      await getService(strapi, 'lists').recount(listId);
      return { added: fresh.length, alreadyPresent: known.size, invalid };
    },

    async remove(id: number) {
      const row = (await query().findOne({ where: { id } })) as OptOut | null;
      if (!row) throw new errors.NotFoundError('Number not found in the exclusion lists');
      await query().delete({ where: { id } });
      await getService(strapi, 'lists').recount(row.listId);
      return row;
    },
  };
};

export type OptOutsService = ReturnType<typeof optOutsService>;
export default optOutsService;
