import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { destinationStatus, normalizeSearchText, phoneSearchOf } from '../core';
import {
  contactInputSchema,
  contactSelectionSchema,
  listCreateSchema,
  type Contact,
  type DirectoryContact,
} from '../contracts';
import { getService, uid } from '../utils';
import { contactValuesOfFields, fieldsOfContact, mergeContactValues, sameContactValues } from '../utils/contact-fields';
import { assertNotImporting } from './lists';
import { parseOrThrow } from '../utils/parse';
import { phoneOrThrow } from '../utils/phone';
import { fieldError } from '../utils/validation';
import { insertChunkSize, likePattern, tableOf } from '../utils/sql';
import { contactKeys, entrySearchText } from './search-index';

const CONTACT = uid('contact');
const ENTRY = uid('list-entry');

const addToListSchema = contactSelectionSchema.extend({ listId: z.number().int().positive() });
const createListSchema = contactSelectionSchema.extend(listCreateSchema.omit({ kind: true }).shape);

/** The contact directory: one contact per E.164 number, fed by imports and by hand. */
const contactsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(CONTACT);

  const findOrFail = async (id: number): Promise<Contact> => {
    const row = (await query().findOne({ where: { id } })) as Contact | null;
    if (!row) throw new errors.NotFoundError('Contact not found');
    return plain(row);
  };

  const normalise = async (raw: string) => phoneOrThrow(raw, await getService(strapi, 'settings').get());

  /**
   * Appends contacts to a list as new rows, skipping numbers the list already holds. Each row
   * carries all of the contact's attributes under their variables (`Prénom`, `Nom`, `Civilité`),
   * the names an import gives them, and the list shows those fields from then on.
   */
  const appendToList = async (listId: number, contactIds: number[]) => {
    const knex = strapi.db.connection;
    const entries = tableOf(strapi, ENTRY);
    const attributes = await getService(strapi, 'attributes').list();
    const contacts = (await query().findMany({ where: { id: { $in: contactIds } } })) as Contact[];
    const present = new Set(
      (
        await knex(entries)
          .select('phone')
          .where('list_id', listId)
          .whereIn(
            'phone',
            contacts.map((c) => c.phone)
          )
      ).map((row: { phone: string }) => row.phone)
    );
    const [{ maxLine }] = await knex(entries).where('list_id', listId).max({ maxLine: 'line' });
    let line = Number(maxLine ?? 0);
    const rows = contacts
      .filter((contact) => !present.has(contact.phone))
      .map((contact) => {
        const fields = fieldsOfContact(contact, attributes);
        return {
          listId,
          contactId: contact.id,
          line: (line += 1),
          phoneRaw: contact.phone,
          phone: contact.phone,
          country: contact.country,
          valid: true,
          fields,
          searchText: entrySearchText(fields),
        };
      });
    const chunk = insertChunkSize(strapi, 13);
    for (let i = 0; i < rows.length; i += chunk)
      await strapi.db.query(ENTRY).createMany({ data: rows.slice(i, i + chunk) });
    await getService(strapi, 'lists').addFields(
      listId,
      [...attributes]
        .sort((a, b) => a.id - b.id)
        .map((attribute) => attribute.variable)
        .filter((variable) => rows.some((row) => variable in row.fields))
    );
    await getService(strapi, 'lists').recount(listId);
    return rows.length;
  };

  /** The directory's view of contacts: the search columns left out, the number judged against today's settings. */
  const directoryRows = async (rows: (Contact & { searchText?: unknown; sortName?: unknown })[]) => {
    const { allowedCountries } = await getService(strapi, 'settings').get();
    const excluded = await getService(strapi, 'optOuts').excludedAmong(rows.map((row) => row.phone));
    return rows.map((row): DirectoryContact => {
      const contact = plain(row);
      const status = destinationStatus(
        { phone: contact.phone, country: contact.country, valid: true, reason: null },
        allowedCountries
      );
      return { ...contact, excluded: excluded.has(contact.phone), reason: status.reason };
    });
  };

  const impactOf = async (contactIds: number[]) => {
    const knex = strapi.db.connection;
    const entries = tableOf(strapi, ENTRY);
    const contacts = tableOf(strapi, CONTACT);
    let found = 0;
    const listIds = new Set<number>();
    for (let i = 0; i < contactIds.length; i += 500) {
      const ids = contactIds.slice(i, i + 500);
      const [{ n }] = await knex(contacts).whereIn('id', ids).count({ n: '*' });
      found += Number(n);
      const rows: { list_id: number }[] = await knex(entries)
        .distinct('list_id')
        .where((where) =>
          where.whereIn('contact_id', ids).orWhereIn('phone', knex(contacts).select('phone').whereIn('id', ids))
        );
      for (const row of rows) listIds.add(Number(row.list_id));
    }
    return { contacts: found, lists: listIds.size, listIds: [...listIds] };
  };

  return {
    findOne: findOrFail,

    /**
     * A page of the directory, by name the French way (accents and case ignored, nameless contacts
     * last). The search ignores accents and case too, finds a person by first and last name in
     * either order, and a number by any part of it or its national form (`06 12 34`).
     */
    async list({ page, pageSize, search }: { page: number; pageSize: number; search?: string }) {
      const knex = strapi.db.connection;
      const table = tableOf(strapi, CONTACT);
      const base = knex(table);
      if (search) {
        const { defaultCountry } = await getService(strapi, 'settings').get();
        const text = normalizeSearchText(search);
        const number = phoneSearchOf(search, defaultCountry);
        base.where((where) => {
          if (text) where.orWhere('search_text', 'like', likePattern(text));
          if (number?.contains) where.orWhere('phone', 'like', likePattern(number.contains));
          for (const prefix of number?.prefixes ?? []) where.orWhere('phone', 'like', `${prefix}%`);
          if (!text && !number) where.orWhereRaw('1 = 0');
        });
      }
      const [{ total }] = await base.clone().count({ total: '*' });
      const ids = (
        await base
          .clone()
          .select('id')
          .orderByRaw('CASE WHEN sort_name IS NULL THEN 1 ELSE 0 END')
          .orderBy('sort_name', 'asc')
          .orderBy('phone', 'asc')
          .orderBy('id', 'asc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
      ).map((row: { id: number }) => Number(row.id));
      const found = ids.length ? ((await query().findMany({ where: { id: { $in: ids } } })) as Contact[]) : [];
      const byId = new Map(found.map((row) => [row.id, row]));
      const count = Number(total);
      return {
        results: await directoryRows(ids.map((id) => byId.get(id)!).filter(Boolean)),
        pagination: { page, pageSize, pageCount: Math.ceil(count / pageSize), total: count },
      };
    },

    /**
     * Finds the contact with this number, or creates it, and gives it the values of the list row
     * that names it (`fields`, in the directory's vocabulary): the same values reach the row and
     * the contact, whichever path wrote them (list editor, pasted list, merge).
     */
    async upsertByPhone(phone: string, country: string | null, fields: Record<string, string> = {}) {
      const values = contactValuesOfFields(fields, await getService(strapi, 'attributes').list());
      const existing = (await query().findOne({ where: { phone } })) as Contact | null;
      if (existing) {
        const merged = mergeContactValues(existing, values);
        if (sameContactValues(existing, merged)) return existing;
        return (await query().update({
          where: { id: existing.id },
          data: { ...merged, ...contactKeys(merged) },
        })) as Contact;
      }
      const data = mergeContactValues({ firstName: null, lastName: null, email: null, attributes: {} }, values);
      try {
        return (await query().create({ data: { phone, country, ...data, ...contactKeys(data) } })) as Contact;
      } catch (error) {
        const row = (await query().findOne({ where: { phone } })) as Contact | null;
        if (row) return row; // created meanwhile by another request: same outcome
        throw error;
      }
    },

    async create(input: unknown) {
      const { phone, attributes, ...names } = parseOrThrow(contactInputSchema, input, 'Invalid contact');
      const number = await normalise(phone);
      if (await query().findOne({ select: ['id'], where: { phone: number.e164 } })) {
        throw fieldError('A contact with this number already exists', 'phone', 'duplicate', phone);
      }
      const data = { firstName: null, lastName: null, email: null, ...names, attributes };
      return plain(
        await query().create({
          data: { ...data, phone: number.e164, country: number.country, ...contactKeys(data) },
        })
      );
    },

    async update(id: number, input: unknown) {
      const { phone, attributes, ...names } = parseOrThrow(contactInputSchema, input, 'Invalid contact');
      const current = await findOrFail(id);
      const number = await normalise(phone);
      if (number.e164 !== current.phone && (await query().findOne({ select: ['id'], where: { phone: number.e164 } }))) {
        throw fieldError('A contact with this number already exists', 'phone', 'duplicate', phone);
      }
      return strapi.db.transaction(async () => {
        if (number.e164 !== current.phone) {
          await strapi.db
            .query(ENTRY)
            .updateMany({ where: { contactId: id }, data: { phone: number.e164, country: number.country } });
        }
        const data = { ...current, ...names, attributes };
        return plain(
          await query().update({
            where: { id },
            data: { ...names, attributes, phone: number.e164, country: number.country, ...contactKeys(data) },
          })
        );
      });
    },

    /** Erases the person: the contact and every list row that carries their data. */
    async remove(id: number) {
      const contact = await findOrFail(id);
      const listIds = (
        await strapi.db.connection(tableOf(strapi, ENTRY)).distinct('list_id').where('contact_id', id)
      ).map((row: { list_id: number }) => row.list_id);
      await strapi.db.transaction(async () => {
        await strapi.db.query(ENTRY).deleteMany({ where: { $or: [{ contactId: id }, { phone: contact.phone }] } });
        await query().delete({ where: { id } });
      });
      for (const listId of listIds) await getService(strapi, 'lists').recount(listId);
      return contact;
    },

    /** What deleting these contacts would touch: how many contacts, and how many lists lose rows. */
    async deletionImpact(input: unknown) {
      const { contactIds } = parseOrThrow(contactSelectionSchema, input, 'Invalid selection');
      return impactOf(contactIds);
    },

    /** Erases several people at once, as `remove` does one: contacts and the list rows that carry their data. */
    async removeMany(input: unknown) {
      const { contactIds } = parseOrThrow(contactSelectionSchema, input, 'Invalid selection');
      const impact = await impactOf(contactIds);
      const knex = strapi.db.connection;
      const entries = tableOf(strapi, ENTRY);
      const contacts = tableOf(strapi, CONTACT);
      for (let i = 0; i < contactIds.length; i += 500) {
        const ids = contactIds.slice(i, i + 500);
        await strapi.db.transaction(async ({ trx }) => {
          const phones = knex(contacts).select('phone').whereIn('id', ids);
          await knex(entries)
            .transacting(trx)
            .where((where) => where.whereIn('contact_id', ids).orWhereIn('phone', phones))
            .delete();
          await knex(contacts).transacting(trx).whereIn('id', ids).delete();
        });
      }
      for (const listId of impact.listIds) await getService(strapi, 'lists').recount(listId);
      return { contacts: impact.contacts, lists: impact.lists };
    },

    async addToList(input: unknown) {
      const { contactIds, listId } = parseOrThrow(addToListSchema, input, 'Invalid selection');
      const list = await getService(strapi, 'lists').findOne(listId);
      if (list.kind !== 'contacts') throw new errors.ValidationError('Contacts can only be added to a contact list');
      assertNotImporting(list);
      return { added: await appendToList(listId, contactIds) };
    },

    async createList(input: unknown, user?: { id: number }) {
      const { contactIds, ...list } = parseOrThrow(createListSchema, input, 'Invalid list');
      const created = await getService(strapi, 'lists').create({ ...list, kind: 'contacts' }, user);
      await appendToList(created.id, contactIds);
      return getService(strapi, 'lists').findOne(created.id);
    },
  };
};

/** A contact as the admin API gives it: without the search columns, which are the database's business. */
const plain = <T extends object>(row: T): T => {
  const {
    searchText: _searchText,
    sortName: _sortName,
    ...rest
  } = row as T & { searchText?: unknown; sortName?: unknown };
  return rest as T;
};

export type ContactsService = ReturnType<typeof contactsService>;
export default contactsService;
