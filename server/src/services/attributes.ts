import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributeInputSchema, type Attribute } from '../contracts';
import { uid } from '../utils';
import { parseOrThrow } from '../utils/parse';
import { fieldError } from '../utils/validation';

const ATTRIBUTE = uid('attribute');

/**
 * The attributes every directory starts with (seed 003: "une liste non exhaustive d'attributs").
 * Built-in ones are the contact's own columns and cannot be deleted; the others are suggestions
 * the user may edit or delete.
 */
export const BUILT_IN_ATTRIBUTES = [
  { name: 'Prénom', type: 'text', variable: 'Prénom' },
  { name: 'Nom', type: 'text', variable: 'Nom' },
  { name: 'Email', type: 'text', variable: 'Email' },
] as const;

export const SUGGESTED_ATTRIBUTES = [
  { name: 'Civilité', type: 'text', variable: 'Civilité' },
  { name: 'Date de naissance', type: 'date', variable: 'Date de naissance' },
  { name: 'Code postal', type: 'text', variable: 'Code postal' },
  { name: 'Ville', type: 'text', variable: 'Ville' },
] as const;

const attributesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(ATTRIBUTE);

  const findOrFail = async (id: number): Promise<Attribute> => {
    const row = (await query().findOne({ where: { id } })) as Attribute | null;
    if (!row) throw new errors.NotFoundError('Attribute not found');
    return row;
  };

  const assertVariableFree = async (variable: string, exceptId?: number) => {
    const rows = (await query().findMany({ select: ['id', 'variable'] })) as Attribute[];
    const taken = rows.find(
      (row) => row.id !== exceptId && row.variable.toLocaleLowerCase('fr') === variable.toLocaleLowerCase('fr')
    );
    if (taken) {
      throw fieldError('This variable is already used', 'variable', 'duplicate', variable);
    }
  };

  return {
    list: async () => (await query().findMany({ orderBy: [{ builtIn: 'desc' }, { name: 'asc' }] })) as Attribute[],

    /** Creates the starting attributes on first start; later starts leave the user's edits alone. */
    async ensureBuiltIns() {
      if ((await query().count({ where: { builtIn: true } })) > 0) return;
      await query().createMany({
        data: [
          ...BUILT_IN_ATTRIBUTES.map((attribute) => ({ ...attribute, builtIn: true })),
          ...SUGGESTED_ATTRIBUTES.map((attribute) => ({ ...attribute, builtIn: false })),
        ],
      });
    },

    async create(input: unknown) {
      const data = parseOrThrow(attributeInputSchema, input, 'Invalid attribute');
      await assertVariableFree(data.variable);
      return query().create({ data: { ...data, builtIn: false } });
    },

    async update(id: number, input: unknown) {
      const data = parseOrThrow(attributeInputSchema, input, 'Invalid attribute');
      await findOrFail(id);
      await assertVariableFree(data.variable, id);
      return query().update({ where: { id }, data });
    },

    async remove(id: number) {
      const attribute = await findOrFail(id);
      if (attribute.builtIn)
        throw new errors.ApplicationError('Built-in attributes cannot be deleted', { code: 'ATTRIBUTE_BUILT_IN' });
      await query().delete({ where: { id } });
      return attribute;
    },
  };
};

export type AttributesService = ReturnType<typeof attributesService>;
export default attributesService;
