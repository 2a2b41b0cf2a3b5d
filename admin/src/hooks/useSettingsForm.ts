import * as React from 'react';

import { settingsSchema, type Settings } from '../../../server/src/contracts';
import { toFieldErrors, type FieldErrors } from '../utils/fieldErrors';

const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Form state of the Settings page, validated with the same zod schema as the server.
 * Pure React (no Strapi import) so the form can be tested on its own.
 */
export const useSettingsForm = (saved: Settings) => {
  const [values, setValues] = React.useState<Settings>(saved);
  const [errors, setErrors] = React.useState<FieldErrors>({});

  // The server's answer to a save is the new reference point.
  React.useEffect(() => {
    setValues(saved);
    setErrors({});
  }, [saved]);

  const setField = React.useCallback(<K extends keyof Settings>(field: K, value: Settings[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  }, []);

  /** The values ready to send, or null after showing what is wrong. */
  const validate = (): Settings | null => {
    const parsed = settingsSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    setErrors(toFieldErrors(parsed.error.issues));
    return null;
  };

  return {
    values,
    errors,
    setField,
    setErrors,
    validate,
    isDirty: !sameSettings(values, saved),
    reset: () => {
      setValues(saved);
      setErrors({});
    },
  };
};
