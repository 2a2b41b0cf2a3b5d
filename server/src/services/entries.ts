import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { normalizePhone } from '../core';
import { entryInputSchema, type ListEntry } from '../contracts';
import { getService, uid } from '../utils';
import { assertNotImporting } from './lists';
import { parseOrThrow } from '../utils/parse';
import { phoneOrThrow } from '../utils/phone';
import { fieldError } from '../utils/validation';
import { jsonTextLike, likePattern, tableOf } from '../utils/sql';

const ENTRY = uid('list-entry');

type EntryRow = Omit<ListEntry, 'excluded'>;

/** The rows of a contact list, each tied to its directory contact by E.164 number. */
const entriesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(ENTRY);

  const findOrFail = async (listId: number, entryId: number): Promise<EntryRow> => {
    const row = (await query().findOne({ where: { id: entryId, listId } })) as EntryRow | null;
    if (!row) throw new errors.NotFoundError('Contact not found in this list');
    return row;
  };

  /** Flags the rows whose number is in any exclusion list. */
  const withExclusions = async (rows: EntryRow[]): Promise<ListEntry[]> => {
    const excluded = await getService(strapi, 'optOuts').excludedAmong(rows.map((row) => row.phone));
    return rows.map((row) => ({
      ...row,
      valid: Boolean(row.valid),
      excluded: row.phone !== null && excluded.has(row.phone),
    }));
  };

  /** Normalises a typed number with the account's settings; an unusable one is refused with its reason. */
  const normalise = async (raw: string) => phoneOrThrow(raw, await getService(strapi, 'settings').get());

  const assertContactsList = async (listId: number) => {
    const list = await getService(strapi, 'lists').findOne(listId);
    if (list.kind !== 'contacts')
      throw new errors.ValidationError('This list is an exclusion list: add numbers to it instead');
    assertNotImporting(list);
    return list;
  };

  return {
    async list(listId: number, { page, pageSize, search }: { page: number; pageSize: number; search?: string }) {
      await getService(strapi, 'lists').findOne(listId);
      const knex = strapi.db.connection;
      const table = tableOf(strapi, ENTRY);
      const base = knex(table).where('list_id', listId);
      if (search) {
        const { defaultCountry } = await getService(strapi, 'settings').get();
        const asNumber = normalizePhone(search, { defaultCountry });
        base.andWhere((where) => {
          if (asNumber.e164) where.orWhere('phone', asNumber.e164);
          where
            .orWhere('phone_raw', 'like', likePattern(search))
            .orWhereRaw(jsonTextLike(strapi, 'fields'), [likePattern(search)]);
        });
      }
      const [{ total }] = await base.clone().count({ total: '*' });
      const ids = (
        await base
          .clone()
          .select('id')
          .orderBy('line', 'asc')
          .orderBy('id', 'asc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
      ).map((row: { id: number }) => row.id);
      const rows = ids.length
        ? ((await query().findMany({
            where: { id: { $in: ids } },
            orderBy: [{ line: 'asc' }, { id: 'asc' }],
          })) as EntryRow[])
        : [];
      const count = Number(total);
      return {
        results: await withExclusions(rows),
        pagination: { page, pageSize, pageCount: Math.ceil(count / pageSize), total: count },
      };
    },

    /** Adds a contact by hand: the directory gets (or keeps) the number, the list gets a row. */
    async add(listId: number, input: unknown) {
      const { phone, fields } = parseOrThrow(entryInputSchema, input, 'Invalid contact');
      await assertContactsList(listId);
      const number = await normalise(phone);
      const duplicate = await query().findOne({ select: ['id'], where: { listId, phone: number.e164 } });
      if (duplicate) {
        throw fieldError('This number is already in the list', 'phone', 'duplicate', phone);
      }
      const contact = await getService(strapi, 'contacts').upsertByPhone(number.e164, number.country, {});
      const [{ maxLine }] = await strapi.db
        .connection(tableOf(strapi, ENTRY))
        .where('list_id', listId)
        .max({ maxLine: 'line' });
      const row = await query().create({
        data: {
          listId,
          contactId: contact.id,
          line: Number(maxLine ?? 0) + 1,
          phoneRaw: phone,
          phone: number.e164,
          country: number.country,
          valid: true,
          fields,
        },
      });
      await getService(strapi, 'lists').recount(listId);
      return (await withExclusions([row as EntryRow]))[0];
    },

    async update(listId: number, entryId: number, input: unknown) {
      const { phone, fields } = parseOrThrow(entryInputSchema, input, 'Invalid contact');
      await assertContactsList(listId);
      const current = await findOrFail(listId, entryId);
      const number = await normalise(phone);
      const duplicate = await query().findOne({
        select: ['id'],
        where: { listId, phone: number.e164, id: { $ne: entryId } },
      });
      if (duplicate) throw fieldError('This number is already in the list', 'phone', 'duplicate', phone);
      const contact =
        number.e164 === current.phone && current.contactId
          ? { id: current.contactId }
          : await getService(strapi, 'contacts').upsertByPhone(number.e164, number.country, {});
      const row = await query().update({
        where: { id: entryId },
        data: {
          phoneRaw: phone,
          phone: number.e164,
          country: number.country,
          valid: true,
          reason: null,
          contactId: contact.id,
          fields,
        },
      });
      await getService(strapi, 'lists').recount(listId);
      return (await withExclusions([row as EntryRow]))[0];
    },

    async remove(listId: number, entryId: number) {
      await assertContactsList(listId);
      const row = await findOrFail(listId, entryId);
      await query().delete({ where: { id: entryId } });
      await getService(strapi, 'lists').recount(listId);
      return row;
    },

    /** "Ajouter un contact dans la liste d'exclusion": the number goes to an exclusion list, the row stays. */
    async exclude(listId: number, entryId: number, exclusionListId?: number) {
      const row = await findOrFail(listId, entryId);
      if (!row.phone) throw new errors.ValidationError('An invalid number cannot be excluded');
      const optOuts = getService(strapi, 'optOuts');
      const targetId = exclusionListId ?? (await getService(strapi, 'lists').accountOptOutList()).id;
      const optOut = await optOuts.addOne(targetId, row.phone, { source: 'manual', note: null });
      await getService(strapi, 'lists').recount(listId);
      return optOut;
    },
  };
};

export type EntriesService = ReturnType<typeof entriesService>;
export default entriesService;
