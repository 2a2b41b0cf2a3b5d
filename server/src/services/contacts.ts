import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { normalizePhone } from '../core';
import { contactInputSchema, contactSelectionSchema, listCreateSchema, type Contact } from '../contracts';
import { getService, uid } from '../utils';
import { assertNotImporting } from './lists';
import { parseOrThrow } from '../utils/parse';
import { phoneOrThrow } from '../utils/phone';
import { fieldError } from '../utils/validation';
import { insertChunkSize, tableOf } from '../utils/sql';

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
    return row;
  };

  const normalise = async (raw: string) => phoneOrThrow(raw, await getService(strapi, 'settings').get());

  /** Appends contacts to a list as new rows, skipping numbers the list already holds. */
  const appendToList = async (listId: number, contactIds: number[]) => {
    const knex = strapi.db.connection;
    const entries = tableOf(strapi, ENTRY);
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
      .map((contact) => ({
        listId,
        contactId: contact.id,
        line: (line += 1),
        phoneRaw: contact.phone,
        phone: contact.phone,
        country: contact.country,
        valid: true,
        fields: {
          firstName: contact.firstName ?? '',
          lastName: contact.lastName ?? '',
          email: contact.email ?? '',
          ...stringify(contact.attributes),
        },
      }));
    const chunk = insertChunkSize(strapi, 12);
    for (let i = 0; i < rows.length; i += chunk)
      await strapi.db.query(ENTRY).createMany({ data: rows.slice(i, i + chunk) });
    await getService(strapi, 'lists').recount(listId);
    return rows.length;
  };

  return {
    findOne: findOrFail,

    async list({ page, pageSize, search }: { page: number; pageSize: number; search?: string }) {
      const where: Record<string, unknown> = {};
      if (search) {
        const { defaultCountry } = await getService(strapi, 'settings').get();
        const asNumber = normalizePhone(search, { defaultCountry });
        const digits = search.replace(/\D/g, '');
        where.$or = [
          ...(asNumber.e164 ? [{ phone: asNumber.e164 }] : []),
          ...(digits.length >= 3 ? [{ phone: { $contains: digits } }] : []),
          { firstName: { $containsi: search } },
          { lastName: { $containsi: search } },
          { email: { $containsi: search } },
        ];
      }
      const { results, pagination } = await query().findPage({
        where,
        orderBy: [{ lastName: 'asc' }, { id: 'asc' }],
        page,
        pageSize,
      });
      return { results: results as Contact[], pagination };
    },

    /** Finds the contact with this number, or creates it; `attributes` only fill what is empty. */
    async upsertByPhone(phone: string, country: string | null, attributes: Record<string, unknown>) {
      const existing = (await query().findOne({ where: { phone } })) as Contact | null;
      if (existing) return existing;
      try {
        return (await query().create({ data: { phone, country, attributes } })) as Contact;
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
      return query().create({ data: { ...names, phone: number.e164, country: number.country, attributes } });
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
        return query().update({
          where: { id },
          data: { ...names, phone: number.e164, country: number.country, attributes },
        });
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
      await strapi.db
        .query(uid('list'))
        .update({ where: { id: created.id }, data: { fields: ['firstName', 'lastName', 'email'] } });
      await appendToList(created.id, contactIds);
      return getService(strapi, 'lists').findOne(created.id);
    },
  };
};

const stringify = (attributes: Contact['attributes']): Record<string, string> =>
  Object.fromEntries(
    Object.entries(attributes ?? {}).map(([key, value]) => [key, value === null ? '' : String(value)])
  );

export type ContactsService = ReturnType<typeof contactsService>;
export default contactsService;
