import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Attribute, ImportStartInput } from '../../contracts';
import { getService, uid } from '../../utils';
import { tableOf } from '../../utils/sql';
import { planColumns, type ImportPlan } from './plan';
import type { JobRow } from './job';

/**
 * Everything decided before the first row is written: the target list (created now, in the
 * `importing` state that hides it from campaigns), the attributes created on the fly, and the
 * column plan. If anything here fails, what it created is removed before the error reaches the user.
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
  const created: { listId?: number; attributeIds: number[] } = { attributeIds: [] };
  try {
    let listId: number;
    let lineOffset = 0;
    let appending = false;
    let listStatus: 'active' | 'inactive' = 'active';
    if (request.target.kind === 'new-list') {
      if (request.target.list.kind !== listKind) {
        throw new errors.ValidationError('The file was analysed for another kind of list; analyse it again');
      }
      const list = await lists.create(request.target.list, user);
      created.listId = list.id;
      listId = list.id;
    } else {
      const list = await lists.findOne(request.target.listId);
      if (list.kind !== listKind) {
        throw new errors.ValidationError('The file was analysed for another kind of list; analyse it again');
      }
      if (list.status === 'importing') {
        throw new errors.ApplicationError('The list is being imported; wait for the import to finish', {
          code: 'LIST_IMPORTING',
        });
      }
      listId = list.id;
      listStatus = list.status === 'inactive' ? 'inactive' : 'active';
      const [{ maxLine }] = await strapi.db
        .connection(tableOf(strapi, uid('list-entry')))
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
    if (directory) {
      for (const [index, choice] of mapping.entries()) {
        if (choice.action !== 'new-attribute') continue;
        const attribute = (await attributesService.create(choice.attribute)) as Attribute;
        created.attributeIds.push(attribute.id);
        mapping[index] = { action: 'attribute', attributeId: attribute.id };
      }
    }
    const attributes = await attributesService.list();
    const known = new Set(attributes.map((attribute) => attribute.id));
    const unknown = mapping.find((choice) => choice.action === 'attribute' && !known.has(choice.attributeId));
    if (unknown) throw new errors.ValidationError('A column is mapped to an attribute that no longer exists');

    const { headers, phoneColumn } = job.format;
    const columns = listKind === 'contacts' ? planColumns(headers, phoneColumn as number, mapping, attributes) : [];
    // The list keeps its rows' fields for personalisation; it is hidden from campaigns until complete.
    await strapi.db.query(uid('list')).update({
      where: { id: listId },
      data: { status: 'importing', ...(created.listId ? { sourceFile: job.fileName.slice(0, 255) } : {}) },
    });
    return {
      listId,
      listKind,
      createdList: created.listId !== undefined,
      listStatus,
      createdAttributeIds: created.attributeIds,
      lineOffset,
      appending,
      columns: directory ? columns : columns.map(({ header, field }) => ({ header, field })),
      directory,
      updateExisting: directory && request.updateExisting,
    };
  } catch (error) {
    if (created.listId !== undefined) await strapi.db.query(uid('list')).delete({ where: { id: created.listId } });
    if (created.attributeIds.length > 0) {
      await strapi.db.query(uid('attribute')).deleteMany({ where: { id: { $in: created.attributeIds } } });
    }
    throw error;
  }
}
