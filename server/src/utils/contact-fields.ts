import { coerceAttributeValue, type AttributeValue } from '../core/attribute-values';
import type { Attribute, Contact } from '../contracts';
import { builtInColumns, type ContactColumn } from '../services/import/plan';

/**
 * One vocabulary for list rows and directory contacts: a list row's fields are named by the
 * directory attribute's variable (`Prénom`, `Nom`, `Civilité`), as an import writes them, whoever
 * built the list; the built-in attributes stand for the contact's own columns (first name, last
 * name, email), the others for its typed `attributes`. Pure: the attributes are passed in.
 */
type ContactData = Pick<Contact, 'firstName' | 'lastName' | 'email' | 'attributes'>;

const key = (name: string) => name.normalize('NFC').toLocaleLowerCase('fr');

/** The list fields of a contact: every attribute that has a value, under its variable. */
export function fieldsOfContact(contact: ContactData, attributes: readonly Attribute[]): Record<string, string> {
  const columns = builtInColumns([...attributes]);
  const fields: Record<string, string> = {};
  for (const attribute of [...attributes].sort((a, b) => a.id - b.id)) {
    const column = columns.get(attribute.id);
    const value = column ? contact[column] : contact.attributes?.[attribute.variable];
    if (value !== null && value !== undefined && value !== '') fields[attribute.variable] = String(value);
  }
  return fields;
}

export interface ContactValues {
  columns: Partial<Record<ContactColumn, string>>;
  attributes: Record<string, AttributeValue>;
}

/**
 * What a list row's fields say of its contact: the fields named by an attribute's variable (any
 * case), with a value of the attribute's type; other fields belong to the list alone, and a value
 * that fits no reading of its type (a date that is not one) is left to the list.
 */
export function contactValuesOfFields(
  fields: Readonly<Record<string, string>>,
  attributes: readonly Attribute[]
): ContactValues {
  const columns = builtInColumns([...attributes]);
  const byVariable = new Map(attributes.map((attribute) => [key(attribute.variable), attribute]));
  const values: ContactValues = { columns: {}, attributes: {} };
  for (const [name, raw] of Object.entries(fields)) {
    const attribute = byVariable.get(key(name));
    const text = raw.trim();
    if (!attribute || text === '') continue;
    const column = columns.get(attribute.id);
    if (column) {
      values.columns[column] = text.slice(0, 255);
      continue;
    }
    const coerced = coerceAttributeValue(attribute.type, text);
    if (coerced.ok && coerced.value !== null) values.attributes[attribute.variable] = coerced.value;
  }
  return values;
}

/** The contact's values overwritten by those of a list row (what the row does not name is kept). */
export function mergeContactValues(contact: ContactData, values: ContactValues): ContactData {
  return {
    firstName: values.columns.firstName ?? contact.firstName,
    lastName: values.columns.lastName ?? contact.lastName,
    email: values.columns.email ?? contact.email,
    attributes: { ...(contact.attributes ?? {}), ...values.attributes },
  };
}

/** Whether a merge changes anything (so an unchanged contact is not written). */
export function sameContactValues(a: ContactData, b: ContactData): boolean {
  return (
    (a.firstName ?? null) === (b.firstName ?? null) &&
    (a.lastName ?? null) === (b.lastName ?? null) &&
    (a.email ?? null) === (b.email ?? null) &&
    JSON.stringify(a.attributes ?? {}) === JSON.stringify(b.attributes ?? {})
  );
}
