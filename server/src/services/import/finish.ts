import type { Core } from '@strapi/strapi';
import { coerceAttributeValue, type AttributeValue } from '../../core';
import { uid } from '../../utils';
import { tableOf } from '../../utils/sql';
import type { ImportPlan } from './plan';

/**
 * How an import ends: undone (cancelled, failed, or its instance died), or its directory
 * updates applied. Every row an import writes carries its `import_id`, so undoing it is three
 * deletes, whatever point it had reached.
 */
export async function rollBack(strapi: Core.Strapi, importId: number, plan: ImportPlan | null): Promise<void> {
  const knex = strapi.db.connection;
  const entries = tableOf(strapi, uid('list-entry'));
  const contacts = tableOf(strapi, uid('contact'));
  await strapi.db.transaction(async ({ trx }) => {
    await knex(entries).transacting(trx).where('import_id', importId).delete();
    await knex(tableOf(strapi, uid('opt-out')))
      .transacting(trx)
      .where('import_id', importId)
      .delete();
    // A contact this import created stays if another list took it meanwhile: it is no orphan then.
    await knex(contacts)
      .transacting(trx)
      .where('import_id', importId)
      .whereNotExists(knex(entries).select(knex.raw('1')).whereRaw(`${entries}.contact_id = ${contacts}.id`))
      .delete();
    const lists = knex(tableOf(strapi, uid('list')))
      .transacting(trx)
      .where('id', plan?.listId ?? 0);
    if (plan?.createdList) await lists.delete();
    else if (plan) await lists.update({ status: plan.listStatus });
    if (plan && plan.createdAttributeIds.length > 0) {
      await knex(tableOf(strapi, uid('attribute')))
        .transacting(trx)
        .whereIn('id', plan.createdAttributeIds)
        .delete();
    }
  });
}

const PAGE = 2000;

/**
 * "Mettre à jour les contacts existants": the mapped values of the file overwrite those of the
 * contacts that existed before the import (an empty cell leaves the value alone). Runs in the
 * caller's transaction, after every row is written, so that a cancelled import changed nothing.
 */
export async function updateExistingContacts(
  strapi: Core.Strapi,
  importId: number,
  plan: ImportPlan,
  trx: unknown
): Promise<number> {
  const mapped = plan.columns.filter((column) => column.attribute);
  if (!plan.updateExisting || mapped.length === 0) return 0;
  const knex = strapi.db.connection;
  const entries = tableOf(strapi, uid('list-entry'));
  const contacts = tableOf(strapi, uid('contact'));
  let updated = 0;
  let after = 0;
  for (;;) {
    const rows: { entryId: number; contactId: number; fields: unknown; attributes: unknown }[] = await knex(entries)
      .transacting(trx as never)
      .join(contacts, `${contacts}.id`, `${entries}.contact_id`)
      .select({
        entryId: `${entries}.id`,
        contactId: `${contacts}.id`,
        fields: `${entries}.fields`,
        attributes: `${contacts}.attributes`,
      })
      .where(`${entries}.import_id`, importId)
      .andWhere((where) => where.whereNull(`${contacts}.import_id`).orWhereNot(`${contacts}.import_id`, importId))
      .andWhere(`${entries}.id`, '>', after)
      .orderBy(`${entries}.id`, 'asc')
      .limit(PAGE);
    if (rows.length === 0) return updated;
    for (const row of rows) {
      const fields = parseJson(row.fields) as Record<string, string>;
      const attributes = parseJson(row.attributes) as Record<string, AttributeValue>;
      const columns: Record<string, string> = {};
      for (const { field, attribute } of mapped) {
        if (!attribute) continue;
        const coerced = coerceAttributeValue(attribute.type, fields[field] ?? '');
        if (!coerced.ok || coerced.value === null) continue;
        if (attribute.column) columns[snake(attribute.column)] = String(coerced.value);
        else attributes[attribute.variable] = coerced.value;
      }
      await knex(contacts)
        .transacting(trx as never)
        .where('id', row.contactId)
        .update({ ...columns, attributes: JSON.stringify(attributes), updated_at: new Date() });
      updated += 1;
    }
    after = rows[rows.length - 1].entryId;
  }
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** JSON columns come back parsed (SQLite, MySQL) or as text (PostgreSQL JSONB through knex raw). */
const parseJson = (value: unknown): Record<string, unknown> => {
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return JSON.parse(value) as Record<string, unknown>;
  return value as Record<string, unknown>;
};
