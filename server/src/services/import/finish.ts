import type { Core } from '@strapi/strapi';
import { uid } from '../../utils';
import { tableOf } from '../../utils/sql';
import type { DatabaseClient } from './bulk';
import type { ImportPlan } from './plan';
import { UPDATE_SQL } from './update-sql';

/** List rows per statement when their kept contact values are put back or forgotten. */
const CHUNK_IDS = 50_000;

/** Calls `work` for each range of ids, `CHUNK_IDS` wide, of the import's list rows that hold kept values. */
async function eachRangeOfKept(
  strapi: Core.Strapi,
  importId: number,
  work: (low: number, high: number) => Promise<unknown>
) {
  const [{ low, high }] = await strapi.db
    .connection(tableOf(strapi, uid('list-entry')))
    .where('import_id', importId)
    .whereNotNull('previous_contact')
    .min({ low: 'id' })
    .max({ high: 'id' });
  if (low === null || low === undefined) return;
  for (let from = Number(low); from <= Number(high); from += CHUNK_IDS) await work(from, from + CHUNK_IDS - 1);
}

/**
 * How an import is undone (cancelled, failed, or its instance died). Contacts it updated get
 * their kept values back, a chunk at a time (`update-sql.ts`); then, since every row an import
 * writes carries its `import_id`, three deletes remove the rest, whatever point it had reached.
 * Safe to run again: a clean-up after an interrupted roll-back finds what is left.
 */
export async function rollBack(strapi: Core.Strapi, importId: number, plan: ImportPlan | null): Promise<void> {
  const knex = strapi.db.connection;
  const entries = tableOf(strapi, uid('list-entry'));
  const contacts = tableOf(strapi, uid('contact'));
  const restore = UPDATE_SQL[strapi.db.dialect.client as DatabaseClient].restore({
    contacts,
    entries,
    optOuts: tableOf(strapi, uid('opt-out')),
  });
  await eachRangeOfKept(strapi, importId, (low, high) => knex.raw(restore, [importId, low, high]));
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

/** After a completed import: the contact values kept for its roll-back are dropped. */
export async function forgetPreviousValues(strapi: Core.Strapi, importId: number): Promise<void> {
  await eachRangeOfKept(strapi, importId, (low, high) =>
    strapi.db
      .connection(tableOf(strapi, uid('list-entry')))
      .where('import_id', importId)
      .whereBetween('id', [low, high])
      .update({ previous_contact: null })
  );
}
