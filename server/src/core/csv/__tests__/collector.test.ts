import { createContactCollector } from '../collector';
import { CSV_MAX_ROW_FIELDS_BYTES } from '../types';

describe('Given a collector reading cells', () => {
  it('when a cell starts or ends with any UTF-16 code unit, then it is trimmed exactly as String.prototype.trim does', () => {
    const collector = createContactCollector({ hasHeader: true, phoneColumn: 0 });
    collector.add(['Portable', 'Nom', 'Note']);
    const wrong: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      for (const cell of [`${ch}x${ch}`, ch, `${ch}0612345678`]) {
        const row = collector.add([cell, 'Martin', cell])!;
        if (row.fields['Note'] !== cell.trim() || row.phoneRaw !== cell.trim()) wrong.push(unit);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('Given a row that holds a NUL character', () => {
  const collect = () => {
    const collector = createContactCollector({ hasHeader: true, phoneColumn: 0 });
    collector.add(['Portable', 'Nom']);
    return collector;
  };

  it('when the NUL is in any cell, then the row is rejected as control-character, before its number is read', () => {
    const collector = collect();
    const inName = collector.add(['0612345678', 'Zo\u0000é'])!;
    const inNumber = collector.add(['06123\u000045678', 'Ana'])!;
    expect(inName).toEqual({
      line: 2,
      phoneRaw: '0612345678',
      phone: null,
      country: null,
      type: 'unknown',
      valid: false,
      duplicate: false,
      reason: 'control-character',
      fields: { Portable: '0612345678', Nom: 'Zo\u0000é' },
    });
    expect(inNumber.reason).toBe('control-character');
    expect(collector.summary()).toMatchObject({
      rowsRead: 2,
      valid: 0,
      invalid: 2,
      final: 0,
      invalidByReason: { 'control-character': 2 },
      invalidExamples: [expect.objectContaining({ line: 2, reason: 'control-character' }), expect.anything()],
      byCountry: {},
    });
  });

  it('when a later row has the same number without the NUL, then that row is a contact, not a duplicate', () => {
    const collector = collect();
    collector.add(['0612345678', 'Zo\u0000é']);
    expect(collector.add(['0612345678', 'Zoé'])).toMatchObject({ valid: true, duplicate: false, reason: undefined });
    expect(collector.summary()).toMatchObject({ valid: 1, invalid: 1, duplicates: 0, final: 1 });
  });

  it('when the file has no NUL, then no row is rejected for one (other control characters are text)', () => {
    const collector = collect();
    expect(collector.add(['0612345678', 'a\u0001b\u000bc'])).toMatchObject({ valid: true });
  });
});

describe('Given rows whose fields would be stored as JSON', () => {
  const collect = (headers = ['Portable', 'Note']) => {
    const collector = createContactCollector({ hasHeader: true, phoneColumn: 0 });
    collector.add(headers);
    return collector;
  };
  // `{"Note":"…"}`: 11 bytes around the value.
  const AT_BOUND = CSV_MAX_ROW_FIELDS_BYTES - 11;

  it('when they would take more than CSV_MAX_ROW_FIELDS_BYTES, then the row is rejected as row-too-large', () => {
    const collector = collect();
    expect(collector.add(['0612345678', 'x'.repeat(AT_BOUND)])).toMatchObject({ valid: true });
    expect(collector.add(['0612345679', 'x'.repeat(AT_BOUND + 1)])).toMatchObject({
      valid: false,
      phone: null,
      reason: 'row-too-large',
    });
    // Measured in UTF-8 bytes of JSON: 2 bytes an é, 6 a control character (`\u0001`).
    expect(collector.add(['0612345670', 'é'.repeat(AT_BOUND / 2 + 1)])).toMatchObject({ reason: 'row-too-large' });
    expect(collector.add(['0612345671', '\u0001'.repeat(1400)])).toMatchObject({ reason: 'row-too-large' });
    expect(collector.add(['0612345672', '😀'.repeat(AT_BOUND / 4)])).toMatchObject({ valid: true });
    expect(collector.summary()).toMatchObject({ invalid: 3, invalidByReason: { 'row-too-large': 3 }, final: 2 });
  });

  it('when the columns are many, then their empty cells and the number do not count', () => {
    const names = Array.from({ length: 400 }, (_, i) => `${'N'.repeat(95)} ${i}`);
    const collector = collect(['Portable', ...names]);
    expect(collector.add([`06${'1'.repeat(AT_BOUND)}`])).toMatchObject({ reason: 'too-long' });
    expect(collector.add(['0612345678', 'Ana'])).toMatchObject({ valid: true });
    const full = collector.add(['0612345679', ...names.map(() => 'a')])!;
    expect(full.reason).toBe('row-too-large');
  });
});

describe('Given a number the list cannot use, twice', () => {
  it('when it comes again, then it is flagged a duplicate (a list holds a number once) and still counted invalid', () => {
    const collector = createContactCollector({ hasHeader: true, phoneColumn: 0, allowedCountries: ['FR'] });
    collector.add(['Portable']);
    const first = collector.add(['+44 7911 123456'])!;
    const again = collector.add(['+447911123456'])!;
    expect(first).toMatchObject({ valid: false, duplicate: false, phone: '+447911123456' });
    expect(again).toMatchObject({ valid: false, duplicate: true, phone: '+447911123456', reason: first.reason });
    expect(collector.summary()).toMatchObject({ valid: 0, invalid: 2, duplicates: 0, final: 0 });
  });
});
