import { attribute } from '../../__tests__/fixtures';
import {
  defaultMapping,
  listNameFromFile,
  mappingToSend,
  matchAttribute,
  suggestVariable,
  validateMapping,
} from '../importMapping';

const ATTRIBUTES = [
  attribute({ id: 1, name: 'Prénom', variable: 'Prénom', builtIn: true }),
  attribute({ id: 2, name: 'Nom', variable: 'Nom', builtIn: true }),
  attribute({ id: 3, name: 'Code postal', variable: 'CP' }),
  attribute({ id: 4, name: 'Ville', variable: 'Ville' }),
];

describe('import column mapping', () => {
  it('Given headers written in any case, with or without accents, it picks the attribute of the same name or variable', () => {
    expect(matchAttribute('PRENOM', ATTRIBUTES)?.id).toBe(1);
    expect(matchAttribute(' prénom ', ATTRIBUTES)?.id).toBe(1);
    expect(matchAttribute('Prenom', ATTRIBUTES)?.id).toBe(1);
    expect(matchAttribute('cp', ATTRIBUTES)?.id).toBe(3);
    expect(matchAttribute('CODE_POSTAL', ATTRIBUTES)?.id).toBe(3);
    expect(matchAttribute('Société', ATTRIBUTES)).toBeUndefined();
  });

  it('Given a file, the phone column is skipped, known columns go to attributes and the others stay as list fields', () => {
    expect(defaultMapping(['PRENOM', 'Portable', 'VILLE', 'Société'], 1, ATTRIBUTES)).toEqual([
      { action: 'attribute', attributeId: 1 },
      { action: 'skip' },
      { action: 'attribute', attributeId: 4 },
      { action: 'field', name: 'Société' },
    ]);
  });

  it('Given two columns that would fill the same list field, the second is flagged', () => {
    const problems = validateMapping(
      [
        { action: 'attribute', attributeId: 1 },
        { action: 'skip' },
        { action: 'field', name: 'prénom' },
        { action: 'field', name: '  ' },
      ],
      1,
      ATTRIBUTES
    );
    expect(problems).toEqual({ 2: 'duplicate', 3: 'name' });
  });

  it('Given a new attribute, its variable must be valid and not taken by an existing attribute', () => {
    const problems = validateMapping(
      [
        { action: 'new-attribute', attribute: { name: 'Code client', type: 'text', variable: 'Code{client}' } },
        { action: 'new-attribute', attribute: { name: 'Ville natale', type: 'text', variable: 'ville' } },
        { action: 'new-attribute', attribute: { name: 'Fidélité', type: 'integer', variable: 'Fidélité' } },
      ],
      99,
      ATTRIBUTES
    );
    expect(problems).toEqual({ 0: 'variable', 1: 'variableTaken' });
  });

  it('suggests a variable with only the characters variables allow, and a list name from the file name', () => {
    expect(suggestVariable('N° client (interne)')).toBe('N client interne');
    expect(listNameFromFile('clients_mars.2026.csv')).toBe('clients_mars.2026');
    expect(listNameFromFile('contacts')).toBe('contacts');
  });

  it('sends the phone column as skipped whatever was chosen for it before', () => {
    expect(
      mappingToSend(
        [
          { action: 'field', name: 'Tel' },
          { action: 'field', name: 'Nom' },
        ],
        0
      )
    ).toEqual([{ action: 'skip' }, { action: 'field', name: 'Nom' }]);
  });
});
