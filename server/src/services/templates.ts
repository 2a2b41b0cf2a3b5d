import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateSmsSender, type Channel } from '../core';
import type { Template, TemplateInput, TemplateUpdate } from '../contracts';
import { uid } from '../utils';

const TEMPLATE = uid('template');
const FIELDS = [
  'id',
  'name',
  'channel',
  'kind',
  'sender',
  'message',
  'messageOptions',
  'createdAt',
  'updatedAt',
] as const;

/** Templates a picker lists at most; an account keeps a few dozen. */
const LIMIT = 500;

const toTemplate = (row: Record<string, unknown>): Template =>
  ({
    ...Object.fromEntries(FIELDS.map((field) => [field, row[field] ?? null])),
    message: (row.message as string | null) ?? '',
  }) as Template;

/**
 * Message templates (seed 002 "Modèles"): the message step's picker, "save as template", rename,
 * change and delete. A template's sender obeys the campaign's rule, so that choosing one never
 * brings a sender the send would refuse.
 */
const templatesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(TEMPLATE);

  const findOrFail = async (id: number) => {
    const row = (await query().findOne({ select: [...FIELDS], where: { id } })) as Record<string, unknown> | null;
    if (!row) throw new errors.NotFoundError('Template not found');
    return row;
  };

  const checkSender = (channel: Channel, sender: string | null | undefined) => {
    if (channel !== 'sms') return;
    const check = validateSmsSender(sender);
    if (!check.valid) {
      throw new errors.ValidationError(`This sender breaks the rule "${check.rule}"`, {
        code: 'SENDER_INVALID',
        rule: check.rule,
        errors: [{ path: ['sender'], message: 'SENDER_INVALID', name: 'ValidationError', value: { rule: check.rule } }],
      });
    }
  };

  return {
    async list({ channel, kind }: { channel?: Channel; kind?: string }): Promise<Template[]> {
      const where: Record<string, unknown> = {};
      if (channel) where.channel = channel;
      if (kind) where.kind = kind;
      const rows = (await query().findMany({
        select: [...FIELDS],
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        limit: LIMIT,
      })) as Record<string, unknown>[];
      return rows.map(toTemplate);
    },

    async create(input: TemplateInput): Promise<Template> {
      checkSender(input.channel, input.sender);
      const row = await query().create({
        data: { ...input, sender: input.sender?.trim() || null },
        select: [...FIELDS],
      });
      return toTemplate(row);
    },

    async update(id: number, input: TemplateUpdate): Promise<Template> {
      const current = await findOrFail(id);
      if ('sender' in input || 'channel' in input) {
        checkSender(
          input.channel ?? (current.channel as Channel),
          'sender' in input ? input.sender : (current.sender as string)
        );
      }
      const data: Record<string, unknown> = { ...input };
      if ('sender' in input) data.sender = input.sender?.trim() || null;
      const row = await query().update({ where: { id }, data, select: [...FIELDS] });
      return toTemplate(row);
    },

    async remove(id: number): Promise<Template> {
      const current = await findOrFail(id);
      await query().delete({ where: { id } });
      return toTemplate(current);
    },
  };
};

export type TemplatesService = ReturnType<typeof templatesService>;
export default templatesService;
