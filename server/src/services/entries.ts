import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { destinationStatus, normalizeSearchText, phoneSearchOf } from '../core';
import { entryInputSchema, type ListEntry } from '../contracts';
import { getService, uid } from '../utils';
import { assertNotImporting } from './lists';
import { parseOrThrow } from '../utils/parse';
import { phoneOrThrow } from '../utils/phone';
import { fieldError } from '../utils/validation';
import { likePattern, tableOf } from '../utils/sql';
import { entrySearchText } from './search-index';

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

  /**
   * The rows as the editor shows them: flagged when their number is in any exclusion list, and
   * their destination judged against today's settings (a Belgian number refused at import is
   * valid once Belgium is allowed), not by the flag stored when the row was written.
   */
  const withExclusions = async (rows: EntryRow[]): Promise<ListEntry[]> => {
    const excluded = await getService(strapi, 'optOuts').excludedAmong(rows.map((row) => row.phone));
    const { allowedCountries } = await getService(strapi, 'settings').get();
    return rows.map(({ searchText: _searchText, ...row }: EntryRow & { searchText?: unknown }) => ({
      ...row,
      ...destinationStatus({ ...row, valid: Boolean(row.valid) }, allowedCountries),
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
        // Accents and case ignored (`dupre` finds Dupré), names in either order, numbers by any part or national form.
        const { defaultCountry } = await getService(strapi, 'settings').get();
        const text = normalizeSearchText(search);
        const number = phoneSearchOf(search, defaultCountry);
        base.andWhere((where) => {
          if (text) where.orWhere('search_text', 'like', likePattern(text));
          if (number?.contains) where.orWhere('phone', 'like', likePattern(number.contains));
          for (const prefix of number?.prefixes ?? []) where.orWhere('phone', 'like', `${prefix}%`);
          where.orWhere('phone_raw', 'like', likePattern(search));
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
      // The directory gets the same values as the row (its names and attributes), not a bare number.
      const contact = await getService(strapi, 'contacts').upsertByPhone(number.e164, number.country, fields);
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
          searchText: entrySearchText(fields),
        },
      });
      // A field the list had no column for becomes one, so that `${Field}` finds it in the wizard.
      await getService(strapi, 'lists').addFields(listId, Object.keys(fields));
      await getService(strapi, 'lists').recount(listId);
      return (await withExclusions([row as EntryRow]))[0];
    },

    async update(listId: number, entryId: number, input: unknown) {
      const { phone, fields } = parseOrThrow(entryInputSchema, input, 'Invalid contact');
      await assertContactsList(listId);
      await findOrFail(listId, entryId);
      const number = await normalise(phone);
      const duplicate = await query().findOne({
        select: ['id'],
        where: { listId, phone: number.e164, id: { $ne: entryId } },
      });
      if (duplicate) throw fieldError('This number is already in the list', 'phone', 'duplicate', phone);
      // A corrected number or name reaches the directory too: the row's contact gets the row's values.
      const contact = await getService(strapi, 'contacts').upsertByPhone(number.e164, number.country, fields);
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
          searchText: entrySearchText(fields),
        },
      });
      await getService(strapi, 'lists').addFields(listId, Object.keys(fields));
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
