import { errors } from '@strapi/utils';
import { z } from 'zod';
import { EXPORT_LOCALES, type ExportLocale } from '../services/export-labels';
import { validationErrorDetails } from './validation';

/** Parses input at the edge; a failure becomes Strapi's ValidationError with one entry per field. */
export const parseOrThrow = <Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  message: string
): z.output<Schema> => {
  const result = schema.safeParse(input);
  if (!result.success) throw new errors.ValidationError(message, validationErrorDetails(result.error));
  return result.data;
};

/** A positive integer route parameter, else 404 (an id that cannot exist names nothing). */
export const idParam = (value: unknown, what: string): number => {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new errors.NotFoundError(`${what} not found`);
  return id;
};

const exportQuerySchema = z.object({ locale: z.enum(EXPORT_LOCALES).default('en') });

/** The language of an export's headers, from `?locale=` (the admin's language); English by default. */
export const exportLocale = (ctx: { query: unknown }): ExportLocale =>
  parseOrThrow(exportQuerySchema, ctx.query ?? {}, 'Invalid export language').locale;
