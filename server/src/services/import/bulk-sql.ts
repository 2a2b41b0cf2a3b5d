import type { Knex } from 'knex';
import { documentIds, type BulkWriter, type NewContact, type NewEntry, type Tables } from './bulk';

/** PostgreSQL and MySQL: contacts, then list rows, each statement on its own (autocommitted). */
const inSteps = (writer: {
  upsertContacts(rows: NewContact[]): Promise<{ ids: Map<string, number>; created: number }>;
  insertEntries(listId: number, rows: NewEntry[]): Promise<void>;
  insertOptOuts(listId: number, phones: string[]): Promise<number>;
}): Omit<BulkWriter, 'existingPhones'> => ({
  insertOptOuts: writer.insertOptOuts,
  async writeList(listId, contacts, entriesFor) {
    const { ids, created } = contacts.length
      ? await writer.upsertContacts(contacts)
      : { ids: new Map<string, number>(), created: 0 };
    const entries = entriesFor(ids);
    if (entries.length > 0) await writer.insertEntries(listId, entries);
    return { created, entries: entries.length };
  },
});

export const postgresWriter = (knex: Knex, tables: Tables, importId: number): Omit<BulkWriter, 'existingPhones'> => {
  const nextId = documentIds();
  const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

  const writer = {
    async upsertContacts(rows: NewContact[]) {
      const now = new Date();
      const inserted = rowsOf(
        await knex.raw(
          `INSERT INTO ${tables.contacts} (document_id, phone, country, first_name, last_name, email, attributes, import_id, created_at, updated_at, published_at)
           SELECT d, p, c, f, l, e, a::jsonb, ?, ?, ?, ?
           FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(d, p, c, f, l, e, a)
           ON CONFLICT (phone) DO NOTHING RETURNING id, phone`,
          [
            importId,
            now,
            now,
            now,
            rows.map(() => nextId()),
            rows.map((row) => row.phone),
            rows.map((row) => row.country),
            rows.map((row) => row.firstName),
            rows.map((row) => row.lastName),
            rows.map((row) => row.email),
            rows.map((row) => row.attributes),
          ]
        )
      );
      const ids = new Map(inserted.map((row) => [String(row.phone), Number(row.id)]));
      const missing = rows.map((row) => row.phone).filter((phone) => !ids.has(phone));
      if (missing.length > 0) {
        const existing = rowsOf(
          await knex.raw(`SELECT id, phone FROM ${tables.contacts} WHERE phone = ANY(?::text[])`, [missing])
        );
        for (const row of existing) ids.set(String(row.phone), Number(row.id));
      }
      return { ids, created: inserted.length };
    },
    async insertEntries(listId: number, rows: NewEntry[]) {
      const now = new Date();
      await knex.raw(
        `INSERT INTO ${tables.entries} (document_id, list_id, contact_id, line, phone_raw, phone, country, valid, reason, fields, import_id, created_at, updated_at, published_at)
         SELECT d, ?, ci, ln, pr, p, c, v, r, f::jsonb, ?, ?, ?, ?
         FROM unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[])
           AS u(d, ci, ln, pr, p, c, v, r, f)`,
        [
          listId,
          importId,
          now,
          now,
          now,
          rows.map(() => nextId()),
          rows.map((row) => row.contactId),
          rows.map((row) => row.line),
          rows.map((row) => row.phoneRaw),
          rows.map((row) => row.phone),
          rows.map((row) => row.country),
          rows.map((row) => row.valid),
          rows.map((row) => row.reason),
          rows.map((row) => row.fields),
        ]
      );
    },
    async insertOptOuts(listId: number, phones: string[]) {
      const now = new Date();
      const inserted = rowsOf(
        await knex.raw(
          `INSERT INTO ${tables.optOuts} (document_id, list_id, phone, source, import_id, created_at, updated_at, published_at)
           SELECT d, ?, p, 'import', ?, ?, ?, ? FROM unnest(?::text[], ?::text[]) AS u(d, p)
           ON CONFLICT (list_id, phone) DO NOTHING RETURNING id`,
          [listId, importId, now, now, now, phones.map(() => nextId()), phones]
        )
      );
      return inserted.length;
    },
  };
  return inSteps(writer);
};

/** MySQL and MariaDB: multi-row INSERT IGNORE (the unique indexes skip what exists). */
export const mysqlWriter = (knex: Knex, tables: Tables, importId: number): Omit<BulkWriter, 'existingPhones'> => {
  const nextId = documentIds();
  const CHUNK = 1000;
  const stamps = () => {
    const now = new Date();
    return { import_id: importId, created_at: now, updated_at: now, published_at: now };
  };
  const insertIgnore = async (table: string, rows: Record<string, unknown>[]) => {
    let affected = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const [result] = (await knex.raw(
        knex(table)
          .insert(rows.slice(i, i + CHUNK))
          .toQuery()
          .replace(/^insert/i, 'INSERT IGNORE')
      )) as [{ affectedRows: number }];
      affected += result.affectedRows;
    }
    return affected;
  };

  const writer = {
    async upsertContacts(rows: NewContact[]) {
      const base = stamps();
      const created = await insertIgnore(
        tables.contacts,
        rows.map((row) => ({
          ...base,
          document_id: nextId(),
          phone: row.phone,
          country: row.country,
          first_name: row.firstName,
          last_name: row.lastName,
          email: row.email,
          attributes: row.attributes,
        }))
      );
      const ids = new Map<string, number>();
      for (let i = 0; i < rows.length; i += CHUNK) {
        const found: { id: number; phone: string }[] = await knex(tables.contacts)
          .select('id', 'phone')
          .whereIn(
            'phone',
            rows.slice(i, i + CHUNK).map((row) => row.phone)
          );
        for (const row of found) ids.set(row.phone, Number(row.id));
      }
      return { ids, created };
    },
    async insertEntries(listId: number, rows: NewEntry[]) {
      const base = stamps();
      const data = rows.map((row) => ({
        ...base,
        document_id: nextId(),
        list_id: listId,
        contact_id: row.contactId,
        line: row.line,
        phone_raw: row.phoneRaw,
        phone: row.phone,
        country: row.country,
        valid: row.valid,
        reason: row.reason,
        fields: row.fields,
      }));
      for (let i = 0; i < data.length; i += CHUNK) await knex(tables.entries).insert(data.slice(i, i + CHUNK));
    },
    async insertOptOuts(listId: number, phones: string[]) {
      const base = stamps();
      return insertIgnore(
        tables.optOuts,
        phones.map((phone) => ({ ...base, document_id: nextId(), list_id: listId, phone, source: 'import' }))
      );
    },
  };
  return inSteps(writer);
};
