import type { Core } from '@strapi/strapi';
import {
  createContactParser,
  CSV_UTF8_BOM,
  toCsvLine,
  type ContactImportSummary,
  type ContactParser,
  type ContactParserFormat,
  type ContactRow,
} from '../../core';
import type { Settings } from '../../contracts';
import { createBulkWriter, type NewEntry } from './bulk';
import { openStored, writeRejected } from './files';
import { createRowMapper, type ImportPlan } from './plan';

/**
 * The two passes over a stored file: the analysis (the summary shown before saving, and the
 * rejected rows written to a companion CSV) and the import (rows written in batches). Both stream
 * the file, so memory stays flat whatever its size, and both report progress and stop at the
 * next chunk when asked.
 */
export interface PassControl {
  /** Called after every chunk; resolves false when the pass must stop (cancelled). */
  progress(state: { bytes: number; rows: number; written: number }): Promise<boolean>;
}

export class PassStopped extends Error {
  constructor() {
    super('Import pass stopped');
    this.name = 'PassStopped';
  }
}

export interface ParseSettings {
  format: ContactParserFormat;
  settings: Pick<Settings, 'defaultCountry' | 'allowedCountries'>;
  listKind: 'contacts' | 'exclusion';
}

const BATCH_ROWS = 5000;

const createParser = ({ format, settings, listKind }: ParseSettings, maxInvalidExamples: number): ContactParser =>
  createContactParser({
    format,
    defaultCountry: settings.defaultCountry,
    // A foreign number is worth excluding; only a contact list is limited to the destinations sent to.
    ...(listKind === 'contacts' ? { allowedCountries: settings.allowedCountries } : {}),
    batchSize: BATCH_ROWS,
    maxInvalidExamples,
  });

/** Streams the file through the parser, handing each batch to `onBatch`. */
async function pass(
  strapi: Core.Strapi,
  storedFile: string,
  parser: ContactParser,
  control: PassControl,
  onBatch: (rows: ContactRow[]) => Promise<number> | number
) {
  let written = 0;
  const report = async () => {
    const { bytes, lines } = parser.progress();
    if (!(await control.progress({ bytes, rows: lines, written }))) throw new PassStopped();
  };
  const stream = openStored(strapi, storedFile);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const batch of parser.write(chunk)) written += await onBatch(batch);
      await report();
    }
  } finally {
    stream.destroy();
  }
  for (const batch of parser.end()) written += await onBatch(batch);
  await report();
  return written;
}

/** The analysis pass: the summary, and every rejected row (invalid or duplicate) in a CSV beside the file. */
export async function analyse(
  strapi: Core.Strapi,
  storedFile: string,
  options: ParseSettings,
  control: PassControl
): Promise<ContactImportSummary> {
  const parser = createParser(options, 0);
  const out = writeRejected(strapi, storedFile);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  let headerWritten = false;
  try {
    await write(CSV_UTF8_BOM);
    await pass(strapi, storedFile, parser, control, async (rows) => {
      if (!headerWritten) {
        headerWritten = true;
        await write(toCsvLine(['line', 'number', 'reason', ...Object.keys(rows[0]?.fields ?? {})]) + '\r\n');
      }
      let text = '';
      for (const row of rows) {
        if (row.reason === undefined) continue;
        text += toCsvLine([row.line, row.phoneRaw, row.reason, ...Object.values(row.fields)]) + '\r\n';
      }
      if (text) await write(text);
      return 0;
    });
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  return parser.summary();
}

export interface ImportOutcome {
  added: number;
  created: number;
  alreadyPresent: number;
  invalidValues: number;
}

/** The import pass: valid rows become list rows and directory contacts, invalid rows list rows flagged invalid. */
export async function importRows(
  strapi: Core.Strapi,
  importId: number,
  storedFile: string,
  options: ParseSettings,
  plan: ImportPlan,
  control: PassControl,
  existingPhones: (phones: string[]) => Promise<Set<string>>
): Promise<ImportOutcome> {
  const parser = createParser(options, 0);
  const writer = createBulkWriter(strapi, importId);
  const mapper = createRowMapper(plan.columns);
  const outcome: ImportOutcome = { added: 0, created: 0, alreadyPresent: 0, invalidValues: 0 };

  const writeContacts = async (rows: ContactRow[]) => {
    let fresh = rows.filter((row) => row.valid && !row.duplicate);
    if (plan.appending && fresh.length > 0) {
      const present = await existingPhones(fresh.map((row) => row.phone as string));
      fresh = fresh.filter((row) => !present.has(row.phone as string));
      outcome.alreadyPresent += present.size;
    }
    const { ids, created } = fresh.length
      ? await writer.upsertContacts(fresh.map((row) => mapper.contact(row)))
      : { ids: new Map<string, number>(), created: 0 };
    outcome.created += created;
    const keep = new Set(fresh);
    const entries: NewEntry[] = [];
    for (const row of rows) {
      if (row.valid ? !keep.has(row) : row.duplicate) continue;
      entries.push({
        contactId: row.valid ? (ids.get(row.phone as string) ?? null) : null,
        line: row.line + plan.lineOffset,
        phoneRaw: row.phoneRaw,
        phone: row.phone,
        country: row.country,
        valid: row.valid,
        reason: row.valid ? null : (row.reason ?? null),
        fields: mapper.fields(row),
      });
    }
    if (entries.length > 0) await writer.insertEntries(plan.listId, entries);
    outcome.added += fresh.length;
    return entries.length;
  };

  const writeOptOuts = async (rows: ContactRow[]) => {
    const phones = rows.filter((row) => row.valid && !row.duplicate).map((row) => row.phone as string);
    if (phones.length === 0) return 0;
    const added = await writer.insertOptOuts(plan.listId, phones);
    outcome.added += added;
    outcome.alreadyPresent += phones.length - added;
    return phones.length;
  };

  await pass(strapi, storedFile, parser, control, plan.listKind === 'contacts' ? writeContacts : writeOptOuts);
  outcome.invalidValues = mapper.invalidValues;
  return outcome;
}
