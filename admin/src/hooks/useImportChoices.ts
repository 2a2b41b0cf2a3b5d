import * as React from 'react';
import { useIntl } from 'react-intl';

import type { Attribute, ColumnMapping, ImportJob } from '../../../server/src/contracts';
import type { NewListTarget } from '../components/imports/TargetFields';
import { getTranslation } from '../utils/getTranslation';
import { defaultMapping, listNameFromFile } from '../utils/importMapping';

export interface ImportChoices {
  /** The file's columns these choices were made for: another format resets them. */
  headers: string[];
  phoneColumn: number | null;
  mapping: ColumnMapping[];
  /** Also keep the numbers as directory contacts (seed 003's option 2); off, the list stands alone. */
  directory: boolean;
  updateExisting: boolean;
  /** Invalid rows are kept in the contact list, flagged (absent in choices kept by earlier versions: kept). */
  keepInvalid?: boolean;
  target: NewListTarget;
}

const storageKey = (id: number) => `mobile-campaigns:import:${id}`;

const read = (id: number): ImportChoices | null => {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as ImportChoices) : null;
  } catch {
    return null;
  }
};

export const forgetImportChoices = (id: number) => {
  try {
    window.localStorage.removeItem(storageKey(id));
  } catch {
    // Storage refused (private mode): nothing was kept either.
  }
};

/**
 * The new list's name until the user changes it: the file's name, or for pasted numbers the day
 * they were pasted ("Numéros collés du 01/12/2026"), `pastedName` being that sentence.
 */
export const initialChoices = (
  job: ImportJob,
  attributes: readonly Attribute[],
  pastedName: string = listNameFromFile(job.fileName)
): ImportChoices => {
  const phoneColumn = job.summary?.phoneColumn ?? job.format.phoneColumn;
  return {
    headers: job.format.headers,
    phoneColumn,
    mapping: defaultMapping(job.format.headers, phoneColumn, attributes),
    directory: true,
    updateExisting: false,
    // The existing list form's default: expiring after 3 months without use, as the seeds.
    target: {
      name: job.source === 'paste' ? pastedName : listNameFromFile(job.fileName),
      persistence: 'expiring',
      expiresAfterMonths: 3,
    },
  };
};

const sameHeaders = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((header, index) => header === b[index]);

/**
 * What the user chose for a job (phone column, mapping, target) lives only in the browser until
 * the import starts; it is kept per job in localStorage so that a reload or a later visit finds
 * the wizard as it was left. A new format (other headers) starts from the detected defaults.
 */
export const useImportChoices = (job: ImportJob | undefined, attributes: readonly Attribute[] | undefined) => {
  const { formatMessage, formatDate } = useIntl();
  const [choices, setChoices] = React.useState<ImportChoices | null>(null);
  const headersKey = job ? JSON.stringify(job.format.headers) : '';
  const detectedPhone = job?.format.phoneColumn;

  React.useEffect(() => {
    if (!job || !attributes) return;
    setChoices((current) => {
      if (current && sameHeaders(current.headers, job.format.headers)) return current;
      const saved = read(job.id);
      if (saved && sameHeaders(saved.headers, job.format.headers)) return saved;
      const date = formatDate(job.createdAt, { day: '2-digit', month: '2-digit', year: 'numeric' });
      const pastedName = formatMessage(
        { id: getTranslation('import.paste.listName'), defaultMessage: 'Numbers pasted on {date}' },
        { date }
      );
      return initialChoices(job, attributes, pastedName);
    });
    // Recomputed when the server re-reads the file with another format, not on every poll.
  }, [job?.id, headersKey, detectedPhone, attributes]);

  React.useEffect(() => {
    if (!job || !choices) return;
    try {
      window.localStorage.setItem(storageKey(job.id), JSON.stringify(choices));
    } catch {
      // Storage full or refused: the wizard still works, it only forgets on reload.
    }
  }, [job?.id, choices]);

  const update = React.useCallback(
    (patch: Partial<ImportChoices>) => setChoices((current) => (current ? { ...current, ...patch } : current)),
    []
  );

  return { choices, update };
};
