import { z } from 'zod';
import {
  CSV_DELIMITERS,
  CSV_ENCODINGS,
  CSV_MAX_FIELD_NAME,
  type ContactImportSummary,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvWarning,
} from '../core/csv/types';
import { attributeInputSchema, listCreateSchema, LIST_KINDS } from './lists';

/**
 * The contact import (seeds 000–003, "Importer vos contacts"): a file is uploaded (or values
 * pasted), its format detected and corrected by the user, analysed into a summary, then written
 * in the background into a list and the directory. One import job per file.
 *
 *   uploaded ─analyse─▶ analysing ─▶ analysed ─start─▶ importing ─▶ completed
 *       ▲                               │                  │ cancel
 *       └────────── format changed ─────┘                  ▼
 *                                     cancelled ◀── cancelling        failed (rolled back)
 */
export const IMPORT_STATUSES = [
  'uploaded',
  'analysing',
  'analysed',
  'importing',
  'cancelling',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A job in one of these is being worked on by a Strapi instance (the lists page shows its progress). */
export const ACTIVE_IMPORT_STATUSES: readonly ImportStatus[] = ['analysing', 'importing', 'cancelling'];

/** Above this many data rows the seeds import in the background; the wizard says so. */
export const BACKGROUND_IMPORT_ROWS = 50_000;

/**
 * Why an import failed or was refused; the admin translates each code. The CSV codes come from
 * `CsvFormatError`; the others from the service.
 */
export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'spreadsheet',
  'unsupported-encoding',
  'too-many-columns',
  'row-too-long',
  'no-phone-column',
  'no-file',
  'too-many-files',
  'file-too-large',
  'upload-interrupted',
  'file-gone',
  'no-valid-contacts',
  'interrupted',
  'failed',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

const encodingSchema = z.enum(CSV_ENCODINGS as readonly [CsvEncoding, ...CsvEncoding[]]);
const delimiterSchema = z.enum(CSV_DELIMITERS as readonly [CsvDelimiter, ...CsvDelimiter[]]);

export const importFormatSchema = z.object({
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  hasHeader: z.boolean(),
});
export type ImportFormatInput = z.infer<typeof importFormatSchema>;

export const importAnalyseSchema = importFormatSchema.extend({
  /** The column holding the numbers (the user's choice when detection found none). */
  phoneColumn: z.number().int().min(0),
  /** An exclusion list takes numbers of any country; a contact list only those the account sends to. */
  listKind: z.enum(LIST_KINDS).default('contacts'),
});
export type ImportAnalyseInput = z.infer<typeof importAnalyseSchema>;

/** What becomes of one column of the file (the phone column's entry is ignored). */
export const columnMappingSchema = z.discriminatedUnion('action', [
  /** "Ne pas importer". */
  z.object({ action: z.literal('skip') }),
  /** Kept in the list only, as a personalisation field named `name`. */
  z.object({ action: z.literal('field'), name: z.string().trim().min(1).max(CSV_MAX_FIELD_NAME) }),
  /** Also stored on the directory contact, typed by the attribute (the list field takes its variable). */
  z.object({ action: z.literal('attribute'), attributeId: z.number().int().positive() }),
  /** A new directory attribute, created when the import starts. */
  z.object({ action: z.literal('new-attribute'), attribute: attributeInputSchema }),
]);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importTargetSchema = z.discriminatedUnion('kind', [
  /** A new contact list (or exclusion list) named by the user. */
  z.object({ kind: z.literal('new-list'), list: listCreateSchema }),
  /** Rows appended to an existing list of either kind. */
  z.object({ kind: z.literal('list'), listId: z.number().int().positive() }),
]);
export type ImportTarget = z.infer<typeof importTargetSchema>;

export const importStartSchema = z.object({
  target: importTargetSchema,
  /** One entry per column of the file, in order. */
  mapping: z.array(columnMappingSchema).max(500),
  /**
   * Seed 003's two modes: on, every number also becomes (or stays) a contact of the central
   * directory ("annuaire de contacts", option 2); off, the list stands alone (option 1).
   */
  directory: z.boolean().default(true),
  /** "Mettre à jour les contacts existants": mapped values overwrite the directory's. */
  updateExisting: z.boolean().default(false),
  /**
   * Rows whose number is invalid (a fixed line, a destination not allowed…) are kept in a contact
   * list, flagged and never messaged (the seeds' recap counts them); false leaves them out.
   */
  keepInvalid: z.boolean().default(true),
});
export type ImportStartInput = z.infer<typeof importStartSchema>;

export const importPasteSchema = z.object({
  /** Numbers (and nothing else) separated by lines, commas, semicolons or spaces. */
  text: z.string().trim().min(1).max(5_000_000),
});

const summarySchema = z.custom<ContactImportSummary>(
  (value) => typeof value === 'object' && value !== null && 'rowsRead' in value && 'final' in value
);

export const importJobSchema = z.object({
  id: z.number(),
  status: z.enum(IMPORT_STATUSES),
  source: z.enum(['file', 'paste']),
  fileName: z.string(),
  fileSize: z.number(),
  /** The effective format: detected, then corrected by the user. */
  format: z.object({
    encoding: encodingSchema,
    delimiter: delimiterSchema,
    hasHeader: z.boolean(),
    phoneColumn: z.number().nullable(),
    headers: z.array(z.string()),
  }),
  /** What detection said of the first 64 KiB, for the mapping step. */
  preview: z.object({
    sampleRows: z.array(z.array(z.string())),
    warnings: z.array(z.custom<CsvWarning>((value) => typeof value === 'string')),
    confidence: z.object({ encoding: z.number(), delimiter: z.number(), header: z.number(), phoneColumn: z.number() }),
  }),
  /** Set once analysed: the seeds' "synthèse" before saving. */
  summary: summarySchema.nullable(),
  progress: z.object({ bytes: z.number(), rows: z.number(), written: z.number() }),
  /** Analysing or importing, but waiting for another import of this Strapi instance to end (a limited number run at once). */
  queued: z.boolean(),
  listId: z.number().nullable(),
  result: z
    .object({
      /** Rows added to the list (or numbers to the exclusion list). */
      added: z.number(),
      /** Directory contacts created. */
      created: z.number(),
      /** Existing directory contacts whose mapped values were overwritten. */
      updated: z.number(),
      /** Numbers the target list already held (appending to a list). */
      alreadyPresent: z.number(),
      /** Cells that did not fit their attribute's type (stored empty on the contact). */
      invalidValues: z.number(),
    })
    .nullable(),
  error: z.object({ code: z.enum(IMPORT_ERROR_CODES), details: z.record(z.string(), z.unknown()) }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
