import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { normalizeSearchText, searchTextOf, sortNameOf } from '../core';
import type { Contact } from '../contracts';
import { updateFromValues } from '../store/bulk-update';
import { jsonValue, type DatabaseClient } from '../store/tables';
import { uid } from '../utils';
import { tableOf } from '../utils/sql';

/** Rows read and written per statement by the fills: bounded, whatever the size of the table. */
const BATCH = 5000;

type ContactKeys = Pick<Contact, 'firstName' | 'lastName' | 'email' | 'attributes'>;

/** The directory's search key: the names both ways, the email and every attribute value. */
export const contactSearchText = (contact: ContactKeys): string =>
  [
    searchTextOf([contact.firstName, contact.lastName]),
    normalizeSearchText(contact.email),
    ...Object.values(contact.attributes ?? {}).map((value) =>
      value === null ? '' : normalizeSearchText(String(value))
    ),
  ]
    .filter(Boolean)
    .join(' | ');

/** The stored keys of a contact, as the Query Engine writes them. */
export const contactKeys = (contact: ContactKeys) => ({
  searchText: contactSearchText(contact),
  sortName: sortNameOf(contact.lastName, contact.firstName),
});

/** A list row's search key: its fields' values both ways (the number is searched in its own columns). */
export const entrySearchText = (fields: Record<string, string> | null | undefined): string =>
  searchTextOf(Object.values(fields ?? {}));

export const listSearchName = (name: string): string => normalizeSearchText(name).slice(0, 255);

type Where = (query: Knex.QueryBuilder) => Knex.QueryBuilder;

/**
 * The normalised search columns of the contact screens (`search_text`, `sort_name`,
 * `search_name`). Services write them with each row; the import, which writes with SQL of its
 * own, has its rows filled when it ends; rows from before these columns are filled at start.
 * Every fill goes by increasing id, BATCH rows at a time, and only recomputes: run twice, it
 * writes the same values.
 */
const searchIndexService = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const client = () => strapi.db.dialect.client as DatabaseClient;

  /** Recomputes `columns` of the rows `where` selects, a batch at a time; returns how many. */
  const fill = async (
    table: string,
    read: string[],
    where: Where,
    keys: (row: Record<string, unknown>) => Record<string, string | null>
  ): Promise<number> => {
    let after = 0;
    let filled = 0;
    for (;;) {
      const rows: Record<string, unknown>[] = await where(knex()(table).select('id', ...read))
        .andWhere('id', '>', after)
        .orderBy('id')
        .limit(BATCH);
      if (rows.length === 0) return filled;
      after = Number(rows[rows.length - 1]!.id);
      const computed = rows.map((row) => ({ id: Number(row.id), ...keys(row) }));
      const columns = Object.keys(computed[0]!).filter((column) => column !== 'id');
      await updateFromValues(
        knex(),
        client(),
        table,
        Object.fromEntries([['id', 'integer'], ...columns.map((column) => [column, 'text'])]),
        computed.map((row) => [
          row.id,
          ...columns.map((column) => (row as Record<string, string | number | null>)[column] ?? null),
        ]),
        { set: Object.fromEntries(columns.map((column) => [column, `v.${column}`])) }
      );
      filled += rows.length;
      if (rows.length < BATCH) return filled;
    }
  };

  const tables = () => ({
    contacts: tableOf(strapi, uid('contact')),
    entries: tableOf(strapi, uid('list-entry')),
    lists: tableOf(strapi, uid('list')),
    campaigns: tableOf(strapi, uid('campaign')),
  });

  const fillContacts = (where: Where) =>
    fill(tables().contacts, ['first_name', 'last_name', 'email', 'attributes'], where, (row) => {
      const keys = contactKeys({
        firstName: (row.first_name as string | null) ?? null,
        lastName: (row.last_name as string | null) ?? null,
        email: (row.email as string | null) ?? null,
        attributes: jsonValue<Contact['attributes']>(row.attributes, {}),
      });
      return { search_text: keys.searchText, sort_name: keys.sortName };
    });

  const fillEntries = (where: Where) =>
    fill(tables().entries, ['fields'], where, (row) => ({
      search_text: entrySearchText(jsonValue<Record<string, string>>(row.fields, {})),
    }));

  const fillLists = (where: Where) =>
    fill(tables().lists, ['name'], where, (row) => ({ search_name: listSearchName(String(row.name ?? '')) }));

  const fillCampaigns = (where: Where) =>
    fill(tables().campaigns, ['name'], where, (row) => ({ search_name: listSearchName(String(row.name ?? '')) }));

  return {
    /** Rows written before the search columns existed; idempotent, so every instance may run it at start. */
    async backfill() {
      const missing: Where = (query) => query.whereNull('search_text');
      const contacts = await fillContacts(missing);
      const entries = await fillEntries(missing);
      const lists = await fillLists((query) => query.whereNull('search_name'));
      const campaigns = await fillCampaigns((query) => query.whereNull('search_name'));
      if (contacts + entries + lists + campaigns > 0) {
        strapi.log.info(
          `[mobile-campaigns] search keys filled: ${contacts} contacts, ${entries} list rows, ${lists} lists, ${campaigns} campaigns`
        );
      }
      return { contacts, entries, lists, campaigns };
    },

    /**
     * After an import's rows are in: its list rows, the contacts it created, and those whose values
     * it updated (their previous values are still kept on the rows at this point).
     */
    async fillImport(importId: number) {
      const { entries } = tables();
      await fillEntries((query) => query.where('import_id', importId));
      await fillContacts((query) =>
        query.where((where) =>
          where
            .where('import_id', importId)
            .orWhereIn(
              'id',
              knex()(entries).select('contact_id').where('import_id', importId).whereNotNull('previous_contact')
            )
        )
      );
    },

    /** Contacts whose values were changed by SQL of the caller's (a merge of list rows, say). */
    fillContactsById: (ids: number[]) =>
      ids.length === 0 ? Promise.resolve(0) : fillContacts((query) => query.whereIn('id', ids)),
  };
};

export type SearchIndexService = ReturnType<typeof searchIndexService>;
export default searchIndexService;
