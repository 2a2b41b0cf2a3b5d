import {
  columnMappingSchema,
  type Attribute,
  type AttributeInput,
  type ColumnMapping,
} from '../../../server/src/contracts';
import { coerceAttributeValue, type AttributeType } from '../../../server/src/core/attribute-values';
import { normalizeHeaderName } from '../../../server/src/core/csv/header-names';

/** Other names French and English files give the same attribute (compared once normalised). */
const HEADER_SYNONYMS: Readonly<Record<string, string>> = {
  COURRIEL: 'EMAIL',
  'E MAIL': 'EMAIL',
  MAIL: 'EMAIL',
  'ADRESSE EMAIL': 'EMAIL',
  'ADRESSE E MAIL': 'EMAIL',
  'ADRESSE MAIL': 'EMAIL',
  'EMAIL ADDRESS': 'EMAIL',
  TITRE: 'CIVILITE',
  TITLE: 'CIVILITE',
  'FIRST NAME': 'PRENOM',
  FIRSTNAME: 'PRENOM',
  'LAST NAME': 'NOM',
  LASTNAME: 'NOM',
  'NOM DE FAMILLE': 'NOM',
};

/**
 * The directory attribute a column name stands for: `Prénom`, `PRENOM` and `prenom ` are one, and
 * so are `Courriel`, `E-mail` and `Mail` for Email, or `Titre` for Civilité.
 */
export const matchAttribute = (header: string, attributes: readonly Attribute[]): Attribute | undefined => {
  const key = normalizeHeaderName(header);
  if (!key) return undefined;
  const matches = (wanted: string) =>
    attributes.find(
      (attribute) =>
        normalizeHeaderName(attribute.name) === wanted || normalizeHeaderName(attribute.variable) === wanted
    );
  const synonym = HEADER_SYNONYMS[key];
  return matches(key) ?? (synonym ? matches(synonym) : undefined);
};

/** A `${Variable}` name for a new attribute from a column name: only the characters variables allow. */
export const suggestVariable = (header: string) =>
  header
    .replace(/[^\p{L}\p{N}_ -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);

/**
 * The type a column's values all read as: a column of `14/07/1989` is a date, of `oui`/`non` a
 * yes/no. Whole numbers with a leading zero (postcodes, `06…`) stay text, which keeps the zero.
 */
export const guessAttributeType = (values: readonly string[]): AttributeType => {
  const filled = values.map((value) => value.trim()).filter(Boolean);
  if (filled.length === 0) return 'text';
  const all = (type: AttributeType) => filled.every((value) => coerceAttributeValue(type, value).ok);
  if (all('date')) return 'date';
  if (all('integer') && !filled.some((value) => /^[+-]?0\d/.test(value))) return 'integer';
  if (all('boolean')) return 'boolean';
  return 'text';
};

const isTaken = (attributes: readonly Attribute[], name: string, variable: string) => {
  const names = new Set(attributes.map((attribute) => attribute.name.trim().toLocaleLowerCase('fr')));
  const variables = new Set(attributes.map((attribute) => attribute.variable.trim().toLocaleLowerCase('fr')));
  return names.has(name.toLocaleLowerCase('fr')) || variables.has(variable.toLocaleLowerCase('fr'));
};

/**
 * "New attribute…" for a column: its name and variable, made free with ` 2`, ` 3`… when an
 * attribute has them already, and the type its sample values suggest.
 */
export const newAttributeFor = (
  header: string,
  attributes: readonly Attribute[] = [],
  samples: readonly string[] = []
): AttributeInput => {
  const base = header.trim().slice(0, 96);
  let name = base;
  for (let n = 2; isTaken(attributes, name, suggestVariable(name)) && n < 1000; n++) name = `${base} ${n}`;
  return { name, type: guessAttributeType(samples), variable: suggestVariable(name) };
};

/** The variable follows the attribute's name until the user edits the variable itself. */
export const renameNewAttribute = (attribute: AttributeInput, name: string): AttributeInput => ({
  ...attribute,
  name,
  variable: attribute.variable === suggestVariable(attribute.name) ? suggestVariable(name) : attribute.variable,
});

/**
 * One entry per column: the phone column is skipped (the server reads it anyway), a column named
 * like an attribute goes to that attribute, and any other column is kept in the list as a
 * personalisation field under its own name (the seeds keep every column for `${Field}`).
 */
export const defaultMapping = (
  headers: readonly string[],
  phoneColumn: number | null,
  attributes: readonly Attribute[]
): ColumnMapping[] =>
  headers.map((header, index) => {
    if (index === phoneColumn) return { action: 'skip' };
    const attribute = matchAttribute(header, attributes);
    if (attribute) return { action: 'attribute', attributeId: attribute.id };
    return { action: 'field', name: header.trim().slice(0, 100) || `Column ${index + 1}` };
  });

/** The name a column's values take in the list (and in `${…}` placeholders), or null if not kept. */
export const listFieldName = (mapping: ColumnMapping, attributes: readonly Attribute[]): string | null => {
  switch (mapping.action) {
    case 'skip':
      return null;
    case 'field':
      return mapping.name.trim();
    case 'attribute':
      return attributes.find((attribute) => attribute.id === mapping.attributeId)?.variable ?? null;
    case 'new-attribute':
      return mapping.attribute.variable.trim();
  }
};

/** What is wrong with a column's choice: which input to fix. */
export type MappingProblem = 'name' | 'attributeName' | 'variable' | 'duplicate' | 'variableTaken';

/**
 * Checks the mapping before the import starts, column by column (the phone column is ignored):
 * each entry must satisfy the contract, two columns cannot fill the same list field, and a new
 * attribute cannot take the variable of an existing one.
 */
export const validateMapping = (
  mapping: readonly ColumnMapping[],
  phoneColumn: number,
  attributes: readonly Attribute[]
): Record<number, MappingProblem> => {
  const problems: Record<number, MappingProblem> = {};
  const seen = new Map<string, number>();
  const taken = new Set(attributes.map((attribute) => attribute.variable.toLocaleLowerCase('fr')));
  mapping.forEach((entry, index) => {
    if (index === phoneColumn) return;
    const parsed = columnMappingSchema.safeParse(entry);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path.at(-1) ?? '');
      problems[index] =
        entry.action === 'new-attribute' ? (field === 'variable' ? 'variable' : 'attributeName') : 'name';
      return;
    }
    if (entry.action === 'new-attribute' && taken.has(entry.attribute.variable.trim().toLocaleLowerCase('fr'))) {
      problems[index] = 'variableTaken';
      return;
    }
    const name = listFieldName(entry, attributes)?.toLocaleLowerCase('fr');
    if (!name) return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else problems[index] = 'duplicate';
  });
  return problems;
};

/** What the server receives: the phone column's entry is ignored there, so it is sent as skipped. */
export const mappingToSend = (mapping: readonly ColumnMapping[], phoneColumn: number): ColumnMapping[] =>
  mapping.map((entry, index) => (index === phoneColumn ? { action: 'skip' } : entry));

/** `clients_mars.csv` → `clients_mars`: the new list's name until the user changes it. */
export const listNameFromFile = (fileName: string) =>
  fileName
    .replace(/\.[^./\\]+$/, '')
    .trim()
    .slice(0, 200);
