/** Error messages keyed by the top-level field they concern. */
export type FieldErrors = Record<string, string>;

interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** First issue per top-level field, from zod issues or Strapi's ValidationError details. */
export const toFieldErrors = (issues: ReadonlyArray<Issue>): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in errors)) errors[field] = issue.message;
  }
  return errors;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Field errors of a 400 `ValidationError` thrown by the fetch client
 * (`error.response.data.error.details.errors: [{ path, message }]`), or null for any other error.
 */
export const getServerFieldErrors = (thrown: unknown): FieldErrors | null => {
  if (!isRecord(thrown) || !isRecord(thrown.response) || !isRecord(thrown.response.data)) return null;
  const apiError = thrown.response.data.error;
  if (!isRecord(apiError) || apiError.name !== 'ValidationError' || !isRecord(apiError.details)) return null;
  const { errors } = apiError.details;
  if (!Array.isArray(errors)) return null;
  const issues = errors.filter(
    (issue): issue is Issue => isRecord(issue) && Array.isArray(issue.path) && typeof issue.message === 'string'
  );
  return issues.length > 0 ? toFieldErrors(issues) : null;
};

/** What a page reports back to a form after calling the API: field errors stay next to the fields. */
export type SubmitResult = { ok: true } | { ok: false; fieldErrors?: FieldErrors };
