// Module paths, not the core's index: the import worker bundles this file and needs no holidays.
import { coerceAttributeValue, type AttributeType, type AttributeValue } from '../../core/attribute-values';
import type { ContactRow } from '../../core/csv';
import type { Attribute, ColumnMapping } from '../../contracts';
import type { NewContact } from './bulk';

/** The contact's own columns, which the built-in attributes (Prénom, Nom, Email) stand for. */
export type ContactColumn = 'firstName' | 'lastName' | 'email';

/** What is done with one column of the file, resolved when the import starts. */
export interface PlannedColumn {
  /** The column's name in the parsed rows (`ContactRow.fields`). */
  header: string;
  /** The list field it becomes (a personalisation variable). */
  field: string;
  /** Set when the column also feeds the directory contact. */
  attribute?: { variable: string; type: AttributeType; column?: ContactColumn };
}

/** Everything the background import needs, stored on the job so that any instance can resume or undo it. */
export interface ImportPlan {
  listId: number;
  listKind: 'contacts' | 'exclusion';
  /** The list was created by this import (a rollback deletes it). */
  createdList: boolean;
  /** The status an existing list returns to when the import ends. */
  listStatus: 'active' | 'inactive';
  /** Attributes created for this import (a rollback deletes them). */
  createdAttributeIds: number[];
  /** Rows of an existing list are numbered after its last row. */
  lineOffset: number;
  /** The list already had rows: numbers it holds are skipped. */
  appending: boolean;
  columns: PlannedColumn[];
  /** The numbers also go to the directory (seed 003's option 2); else the list stands alone. */
  directory: boolean;
  updateExisting: boolean;
  /** Invalid numbers are kept in the list, flagged; absent (plans of older versions) means kept. */
  keepInvalid?: boolean;
}

/**
 * The built-in attributes in creation order are the contact's first name, last name and email
 * (their names and variables can be edited, their order cannot).
 */
export const builtInColumns = (attributes: Attribute[]): Map<number, ContactColumn> => {
  const order: ContactColumn[] = ['firstName', 'lastName', 'email'];
  const builtIns = attributes.filter((attribute) => attribute.builtIn).sort((a, b) => a.id - b.id);
  return new Map(builtIns.slice(0, order.length).map((attribute, index) => [attribute.id, order[index]]));
};

/** Resolves the user's mapping against the file's headers and the directory's attributes. */
export function planColumns(
  headers: readonly string[],
  phoneColumn: number,
  mapping: readonly ColumnMapping[],
  attributes: Attribute[]
): PlannedColumn[] {
  const columns = builtInColumns(attributes);
  const byId = new Map(attributes.map((attribute) => [attribute.id, attribute]));
  const planned: PlannedColumn[] = [];
  headers.forEach((header, index) => {
    if (index === phoneColumn) return;
    // A column the mapping does not mention is kept as a list field: nothing the user saw is lost.
    const choice = mapping[index] ?? { action: 'field', name: header };
    if (choice.action === 'skip') return;
    if (choice.action === 'field') {
      planned.push({ header, field: choice.name });
      return;
    }
    const attribute = choice.action === 'attribute' ? byId.get(choice.attributeId) : undefined;
    if (!attribute) throw new Error(`Unresolved attribute for column ${index}`);
    planned.push({
      header,
      field: attribute.variable,
      attribute: { variable: attribute.variable, type: attribute.type, column: columns.get(attribute.id) },
    });
  });
  return planned;
}

/**
 * Characters of a Strapi `string` attribute, a varchar(255) on PostgreSQL and MySQL: a contact's
 * first name, last name and email, and a list row's number as written. A longer value would make
 * the import's insert fail after a clean analysis.
 */
export const STRING_COLUMN_LENGTH = 255;

/** A value a contact's own column can hold; a longer one is an invalid value (stored empty). */
export const fitsStringColumn = (value: string): boolean => value.length <= STRING_COLUMN_LENGTH;

/** The start of `value` that a string column holds, never half a surrogate pair (an invalid number as written). */
export function cutToStringColumn(value: string): string {
  if (value.length <= STRING_COLUMN_LENGTH) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(STRING_COLUMN_LENGTH - 1))
    ? STRING_COLUMN_LENGTH - 1
    : STRING_COLUMN_LENGTH;
  return value.slice(0, end);
}

/** Turns a parsed row into its list fields and directory contact; counts cells that fit no type (or no column). */
export function createRowMapper(columns: readonly PlannedColumn[]) {
  let invalidValues = 0;
  return {
    get invalidValues() {
      return invalidValues;
    },
    /** The list fields as JSON; an empty cell is left out (read back as ''), not stored. */
    fields(row: ContactRow): string {
      const fields: Record<string, string> = {};
      for (const column of columns) {
        const value = row.fields[column.header];
        if (value) fields[column.field] = value;
      }
      return JSON.stringify(fields);
    },
    contact(row: ContactRow): NewContact {
      const contact: NewContact = {
        phone: row.phone as string,
        country: row.country,
        firstName: null,
        lastName: null,
        email: null,
        attributes: '{}',
      };
      const attributes: Record<string, AttributeValue> = {};
      for (const column of columns) {
        if (!column.attribute) continue;
        const { type, variable, column: own } = column.attribute;
        const coerced = coerceAttributeValue(type, row.fields[column.header] ?? '');
        const value = coerced.ok ? coerced.value : null;
        const text = own && value !== null ? String(value) : null;
        if (!coerced.ok || (text !== null && !fitsStringColumn(text))) invalidValues += 1;
        if (own) contact[own] = text !== null && fitsStringColumn(text) ? text : null;
        else if (value !== null) attributes[variable] = value;
      }
      contact.attributes = JSON.stringify(attributes);
      return contact;
    },
  };
}
