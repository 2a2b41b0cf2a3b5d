import type { ContactRow } from '../../../core/csv';
import { createRowMapper, cutToStringColumn, STRING_COLUMN_LENGTH } from '../plan';

const row = (fields: Record<string, string>): ContactRow => ({
  line: 2,
  phoneRaw: '0612345678',
  phone: '+33612345678',
  country: 'FR',
  type: 'mobile',
  valid: true,
  duplicate: false,
  fields,
});

describe('Given the list fields of an imported row', () => {
  it('when cells are empty, then they are left out of the stored JSON, and mapped names are used', () => {
    const mapper = createRowMapper([
      { header: 'Nom', field: 'Nom' },
      { header: 'Ville', field: 'City' },
      { header: 'Note', field: 'Note' },
    ]);
    expect(mapper.fields(row({ Portable: '0612345678', Nom: 'Ana', Ville: '', Note: '' }))).toBe('{"Nom":"Ana"}');
    expect(mapper.fields(row({ Portable: '0612345678', Nom: '', Ville: 'Lyon', Note: '' }))).toBe('{"City":"Lyon"}');
    expect(mapper.fields(row({ Portable: '0612345678', Nom: '', Ville: '', Note: '' }))).toBe('{}');
  });
});

describe('Given values longer than the 255 characters of a string column', () => {
  it("when one is mapped to a contact's own column, then that column is empty and the value counts as invalid", () => {
    const mapper = createRowMapper([
      { header: 'Prénom', field: 'Prénom', attribute: { variable: 'Prénom', type: 'text', column: 'firstName' } },
      { header: 'Note', field: 'Note', attribute: { variable: 'Note', type: 'text' } },
    ]);
    const long = 'x'.repeat(STRING_COLUMN_LENGTH + 1);
    const contact = mapper.contact(row({ Prénom: long, Note: long }));
    expect(contact.firstName).toBeNull();
    // Other attributes are JSON: no column to overflow.
    expect(JSON.parse(contact.attributes)).toEqual({ Note: long });
    expect(mapper.invalidValues).toBe(1);
    expect(mapper.contact(row({ Prénom: 'x'.repeat(STRING_COLUMN_LENGTH), Note: '' })).firstName).toHaveLength(255);
    expect(mapper.invalidValues).toBe(1);
  });

  it('when an invalid number is that long, then what is kept of it fits, never half a surrogate pair', () => {
    expect(cutToStringColumn('1'.repeat(300))).toBe('1'.repeat(255));
    expect(cutToStringColumn(`${'1'.repeat(254)}😀`)).toBe('1'.repeat(254));
    expect(cutToStringColumn('06 12')).toBe('06 12');
  });
});
