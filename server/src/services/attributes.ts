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
  { name: 'Prénom', type: 'text', variable: 'Prénom', systemKey: 'firstName' },
  { name: 'Nom', type: 'text', variable: 'Nom', systemKey: 'lastName' },
  { name: 'Email', type: 'text', variable: 'Email', systemKey: 'email' },
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

  /** Whether this call created the built-in (false: it existed, or another instance just created it). */
  const ensureBuiltIn = async (attribute: (typeof BUILT_IN_ATTRIBUTES)[number]): Promise<boolean> => {
    const { systemKey } = attribute;
    if (await query().findOne({ select: ['id'], where: { systemKey } })) return false;
    // A database from before `systemKey`: its built-in row is adopted rather than doubled.
    const legacy = await query().findOne({
      select: ['id'],
      where: { builtIn: true, variable: attribute.variable, systemKey: { $null: true } },
      orderBy: { id: 'asc' },
    });
    try {
      if (legacy) await query().update({ where: { id: legacy.id }, data: { systemKey } });
      else await query().create({ data: { ...attribute, builtIn: true } });
      return !legacy;
    } catch (error) {
      // Another instance won the unique index on system_key: its row is the one.
      if (await query().findOne({ select: ['id'], where: { systemKey } })) return false;
      throw error;
    }
  };

  return {
    list: async () => (await query().findMany({ orderBy: [{ builtIn: 'desc' }, { name: 'asc' }] })) as Attribute[],

    /**
     * Creates the starting attributes on first start; later starts leave the user's edits alone.
     * Several instances may start at once: each built-in carries a `systemKey` under a unique
     * index, so one insert wins and the others find its row. The instance whose insert of the
     * first built-in won is the first start, and it alone adds the suggestions (a suggestion the
     * user deleted is not brought back by a later start).
     */
    async ensureBuiltIns() {
      let firstStart = false;
      for (const [index, attribute] of BUILT_IN_ATTRIBUTES.entries()) {
        const created = await ensureBuiltIn(attribute);
        if (index === 0) firstStart = created;
      }
      if (firstStart) {
        await query().createMany({ data: SUGGESTED_ATTRIBUTES.map((attribute) => ({ ...attribute, builtIn: false })) });
      }
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
