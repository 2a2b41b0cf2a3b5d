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
