import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** Turns a zod error into the `details` Strapi's admin shows next to each field. */
export const validationErrorDetails = (error: z.ZodError) => ({
  errors: error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
    name: 'ValidationError',
    value: undefined as unknown,
  })),
});

/** A ValidationError about one field, its message a code the admin translates (e.g. `duplicate`). */
export const fieldError = (message: string, path: string, code: string, value: unknown) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message: code, name: 'ValidationError', value }] });
