import { detectCsvFormat } from '../../../../server/src/core/csv';
import { attribute } from '../../__tests__/fixtures';
import {
  defaultMapping,
  guessAttributeType,
  newAttributeFor,
  renameNewAttribute,
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

describe('Given the mapping step of issue 13', () => {
  const DIRECTORY = [
    ...ATTRIBUTES,
    attribute({ id: 5, name: 'Email', variable: 'Email', builtIn: true }),
    attribute({ id: 6, name: 'Civilité', variable: 'Civilité' }),
    attribute({ id: 7, name: 'Naissance', variable: 'Naissance' }),
    attribute({ id: 8, name: 'Naissance 2', variable: 'Naissance 3' }),
  ];

  it.each(['Courriel', 'E-mail', 'Mail', 'EMAIL', 'Adresse e-mail'])(
    'When a column is named %p, Then it goes to Email',
    (header) => {
      expect(matchAttribute(header, DIRECTORY)?.id).toBe(5);
    }
  );

  it.each(['Civilité', 'Titre', 'CIVILITE'])('When a column is named %p, Then it goes to Civilité', (header) => {
    expect(matchAttribute(header, DIRECTORY)?.id).toBe(6);
  });

  it.each(['Portable', 'Tél. portable', 'TEL PORTABLE'])(
    'When a column is named %p, Then it is the mobile column',
    (header) => {
      const text = `Nom;${header}\nDupré;06 12 34 56 78\n`;
      expect(detectCsvFormat(Buffer.from(text, 'utf8')).phoneColumn).toBe(1);
    }
  );

  it('When "New attribute…" is chosen for a name the directory has, Then it proposes a name and variable that are free', () => {
    expect(newAttributeFor('Naissance', DIRECTORY, [])).toEqual({
      name: 'Naissance 4',
      variable: 'Naissance 4',
      type: 'text',
    });
    expect(newAttributeFor('Fidélité', DIRECTORY, [])).toEqual({
      name: 'Fidélité',
      variable: 'Fidélité',
      type: 'text',
    });
    const proposed = newAttributeFor('Naissance', DIRECTORY, []);
    expect(
      validateMapping([{ action: 'skip' }, { action: 'new-attribute', attribute: proposed }], 0, DIRECTORY)
    ).toEqual({});
  });

  it.each([
    [['14/07/1989', '01/02/2001', ''], 'date'],
    [['1989-07-14'], 'date'],
    [['3', '12', '250'], 'integer'],
    [['75001', '01000'], 'text'],
    [['oui', 'non'], 'boolean'],
    [['Lyon', '14/07/1989'], 'text'],
    [[], 'text'],
  ])('When the column holds %p, Then the proposed type is %p', (values, type) => {
    expect(guessAttributeType(values)).toBe(type);
    expect(newAttributeFor('Colonne', DIRECTORY, values).type).toBe(type);
  });

  it('When the name is typed, Then the variable follows it, until the variable itself is edited', () => {
    const proposed = newAttributeFor('Fidélité', DIRECTORY, []);
    const renamed = renameNewAttribute(proposed, 'Niveau fidélité');
    expect(renamed).toEqual({ ...proposed, name: 'Niveau fidélité', variable: 'Niveau fidélité' });
    const edited = { ...renamed, variable: 'Niveau' };
    expect(renameNewAttribute(edited, 'Niveau de fidélité')).toEqual({ ...edited, name: 'Niveau de fidélité' });
  });
});
