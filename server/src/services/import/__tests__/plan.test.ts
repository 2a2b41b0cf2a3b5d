import type { ContactRow } from '../../../core/csv';
import { createRowMapper } from '../plan';

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
