import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Attribute, ImportStartInput } from '../../contracts';
import { getService, uid } from '../../utils';
import { tableOf } from '../../utils/sql';
import { assertNotImporting, listImportingError } from '../lists';
import { planColumns, type ImportPlan } from './plan';
import type { JobRow } from './job';

const LIST = uid('list');
const JOB = uid('import-job');

/**
 * Everything decided before the first row is written, for a job its caller has claimed (status
 * `importing`): the target list (created now, or locked by a compare-and-set from its status to
 * `importing`, which hides it from campaigns and refuses a second import), the attributes created
 * on the fly, and the column plan, stored on the job. One transaction: if anything fails, or the
 * instance dies meanwhile, nothing of it remains.
 */
export async function preparePlan(
  strapi: Core.Strapi,
  job: JobRow,
  request: ImportStartInput,
  user?: { id: number }
): Promise<ImportPlan> {
  const lists = getService(strapi, 'lists');
  const attributesService = getService(strapi, 'attributes');
  const listKind = job.format.listKind ?? 'contacts';
  const existing = request.target.kind === 'list' ? await lists.findOne(request.target.listId) : null;
  const kind = existing ? existing.kind : request.target.kind === 'new-list' ? request.target.list.kind : null;
  if (kind !== listKind) {
    throw new errors.ValidationError('The file was analysed for another kind of list; analyse it again');
  }
  if (existing) assertNotImporting(existing);
  const newList = request.target.kind === 'new-list' ? await lists.newListData(request.target.list, user) : null;

  return strapi.db.transaction(async ({ trx }) => {
    let listId: number;
    let lineOffset = 0;
    let appending = false;
    let listStatus: 'active' | 'inactive' = 'active';
    if (newList) {
      const list = await strapi.db
        .query(LIST)
        .create({ data: { ...newList, status: 'importing', sourceFile: job.fileName.slice(0, 255) } });
      listId = list.id;
    } else {
      const list = existing!;
      listStatus = list.status === 'inactive' ? 'inactive' : 'active';
      // The lock: from the status read above to `importing`; a concurrent import or edit makes it fail.
      const { count } = await strapi.db
        .query(LIST)
        .updateMany({ where: { id: list.id, status: list.status }, data: { status: 'importing' } });
      if (count !== 1) throw listImportingError();
      listId = list.id;
      const [{ maxLine }] = await strapi.db
        .connection(tableOf(strapi, uid('list-entry')))
        .transacting(trx)
        .where('list_id', listId)
        .max({ maxLine: 'line' });
      lineOffset = Number(maxLine ?? 0);
      appending = list.contactCount + list.invalidCount > 0;
    }

    const directory = listKind === 'contacts' && request.directory;
    // Without the directory, a column meant for an attribute is a list field of that name.
    const mapping = request.mapping.map((choice) =>
      !directory && choice.action === 'new-attribute'
        ? { action: 'field' as const, name: choice.attribute.variable }
        : choice
    );
    const createdAttributeIds: number[] = [];
    if (directory) {
      for (const [index, choice] of mapping.entries()) {
        if (choice.action !== 'new-attribute') continue;
        const attribute = (await attributesService.create(choice.attribute)) as Attribute;
        createdAttributeIds.push(attribute.id);
        mapping[index] = { action: 'attribute', attributeId: attribute.id };
      }
    }
    const attributes = await attributesService.list();
    const known = new Set(attributes.map((attribute) => attribute.id));
    const unknown = mapping.find((choice) => choice.action === 'attribute' && !known.has(choice.attributeId));
    if (unknown) throw new errors.ValidationError('A column is mapped to an attribute that no longer exists');

    const { headers, phoneColumn } = job.format;
    const columns = listKind === 'contacts' ? planColumns(headers, phoneColumn as number, mapping, attributes) : [];
    const plan: ImportPlan = {
      listId,
      listKind,
      createdList: newList !== null,
      listStatus,
      createdAttributeIds,
      lineOffset,
      appending,
      columns: directory ? columns : columns.map(({ header, field }) => ({ header, field })),
      directory,
      updateExisting: directory && request.updateExisting,
      keepInvalid: request.keepInvalid,
    };
    // Still ours: cancelled meanwhile, the job keeps no plan and the transaction undoes the rest.
    const { count } = await strapi.db.query(JOB).updateMany({
      where: { id: job.id, status: 'importing' },
      data: { plan, listId, createdList: plan.createdList },
    });
    if (count !== 1) throw new errors.ApplicationError('This import was cancelled', { code: 'IMPORT_STATE' });
    return plan;
  });
}
