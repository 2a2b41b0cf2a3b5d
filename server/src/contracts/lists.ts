import { z } from 'zod';

/**
 * Lists, list entries, the contact directory, attributes and exclusion lists: what the admin
 * sends and receives. The seeds' words: "liste", "annuaire", "attribut", "liste d'exclusion".
 */
export const LIST_KINDS = ['contacts', 'exclusion'] as const;
export const LIST_STATUSES = ['importing', 'active', 'inactive'] as const;
export const LIST_PERSISTENCES = ['permanent', 'expiring'] as const;
export const ATTRIBUTE_TYPES = ['text', 'integer', 'date', 'boolean'] as const;

const author = z
  .object({ id: z.number(), firstname: z.string().nullable(), lastname: z.string().nullable() })
  .nullable();

export const listSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(LIST_KINDS),
  system: z.boolean().nullable(),
  status: z.enum(LIST_STATUSES),
  persistence: z.enum(LIST_PERSISTENCES),
  expiresAfterMonths: z.number().nullable(),
  /** When the purge job will delete the list if it stays unused; null for permanent lists. */
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  contactCount: z.number(),
  excludedCount: z.number(),
  invalidCount: z.number(),
  duplicateCount: z.number(),
  fields: z.array(z.string()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: author,
});
export type ListSummary = z.infer<typeof listSummarySchema>;

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  search: z.string().trim().max(200).optional(),
  kind: z.enum(LIST_KINDS).optional(),
  status: z.enum(LIST_STATUSES).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const listCreateSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  kind: z.enum(LIST_KINDS).default('contacts'),
  /** Omitted: the account's list retention setting (3 months by default, as the seeds). */
  persistence: z.enum(LIST_PERSISTENCES).optional(),
  expiresAfterMonths: z.number().int().min(1).max(12).optional(),
  /** The columns of a list built by hand (numbers typed in the wizard): its rows' field names. */
  fields: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
});
export type ListCreateInput = z.infer<typeof listCreateSchema>;

export const listUpdateSchema = listCreateSchema
  .omit({ kind: true, fields: true })
  .partial()
  .extend({ status: z.enum(['active', 'inactive']).optional() });
export type ListUpdateInput = z.infer<typeof listUpdateSchema>;

export const listMergeSchema = z.object({ sourceListId: z.number().int().positive() });

export const listEntrySchema = z.object({
  id: z.number(),
  listId: z.number(),
  contactId: z.number().nullable(),
  line: z.number().nullable(),
  phoneRaw: z.string().nullable(),
  phone: z.string().nullable(),
  country: z.string().nullable(),
  valid: z.boolean(),
  reason: z.string().nullable(),
  fields: z.record(z.string(), z.string()).nullable(),
  /** The number is in one of the account's exclusion lists. */
  excluded: z.boolean(),
});
export type ListEntry = z.infer<typeof listEntrySchema>;

export const entryQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** A name, any field value, or a number in any format. */
  search: z.string().trim().max(200).optional(),
});

export const entryInputSchema = z.object({
  phone: z.string().trim().min(1).max(40),
  fields: z.record(z.string().max(100), z.string().max(1000)).default({}),
});
export type EntryInput = z.infer<typeof entryInputSchema>;

export const excludeEntrySchema = z.object({
  /** Omitted: the account's opt-out list. */
  exclusionListId: z.number().int().positive().optional(),
});

export const optOutSchema = z.object({
  id: z.number(),
  listId: z.number(),
  phone: z.string(),
  source: z.enum(['stop-reply', 'manual', 'import', 'api']),
  note: z.string().nullable(),
  campaignId: z.number().nullable(),
  createdAt: z.string(),
});
export type OptOut = z.infer<typeof optOutSchema>;

export const optOutAddSchema = z.object({
  /** One or more numbers, as typed or pasted. */
  numbers: z.string().trim().min(1).max(200_000),
  note: z.string().max(200).optional(),
});

export const contactSchema = z.object({
  id: z.number(),
  phone: z.string(),
  country: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

/** A contact as the directory lists it: marked when its number is excluded or not among today's destinations. */
export const directoryContactSchema = contactSchema.extend({
  /** The number is in the STOP list or an exclusion list. */
  excluded: z.boolean(),
  /** Why the number cannot be sent to with today's settings (`not-allowed-country`), or null. */
  reason: z.string().nullable(),
});
export type DirectoryContact = z.infer<typeof directoryContactSchema>;

export const contactDeletionSchema = z.object({ contacts: z.number(), lists: z.number() });
export type ContactDeletion = z.infer<typeof contactDeletionSchema>;

export const contactInputSchema = z.object({
  phone: z.string().trim().min(1).max(40),
  firstName: z.string().trim().max(200).optional(),
  lastName: z.string().trim().max(200).optional(),
  email: z.union([z.email().max(320), z.literal('')]).optional(),
  attributes: z
    .record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]))
    .default({}),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const contactSelectionSchema = z.object({
  contactIds: z.array(z.number().int().positive()).min(1).max(10_000),
});

export const attributeSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(ATTRIBUTE_TYPES),
  variable: z.string(),
  builtIn: z.boolean().nullable(),
});
export type Attribute = z.infer<typeof attributeSchema>;

export const attributeInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  type: z.enum(ATTRIBUTE_TYPES),
  /** Used as ${Variable} in messages: letters (accents allowed), digits, spaces, _ and -. */
  variable: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[\p{L}\p{N}_ -]+$/u, 'variable'),
});
export type AttributeInput = z.infer<typeof attributeInputSchema>;
