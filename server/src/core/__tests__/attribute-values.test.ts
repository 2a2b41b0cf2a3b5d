import { coerceAttributeValue } from '../attribute-values';

describe('coerceAttributeValue', () => {
  it('reads an empty or blank cell as no value, whatever the type', () => {
    for (const type of ['text', 'integer', 'date', 'boolean'] as const) {
      expect(coerceAttributeValue(type, '   ')).toEqual({ ok: true, value: null });
    }
  });

  it('keeps text trimmed, formulas included (they are data, never evaluated)', () => {
    expect(coerceAttributeValue('text', '  Besançon ')).toEqual({ ok: true, value: 'Besançon' });
    expect(coerceAttributeValue('text', '=1+1')).toEqual({ ok: true, value: '=1+1' });
  });

  it.each([
    ['42', 42],
    ['-7', -7],
    ['+3', 3],
    ['1 234', 1234],
    ['1\u00a0234\u202f567', 1234567],
  ])('reads the integer %j as %j', (text, value) => {
    expect(coerceAttributeValue('integer', text)).toEqual({ ok: true, value });
  });

  it.each(['4.5', '12a', '1e3', '9999999999999999', '--1'])('refuses %j as an integer', (text) => {
    expect(coerceAttributeValue('integer', text)).toEqual({ ok: false });
  });

  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-3-1', '2026-03-01'],
    ['2026-03-31T10:00:00Z', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['1/2/1985', '1985-02-01'],
    ['31.03.26', '2026-03-31'],
    ['29-02-2024', '2024-02-29'],
    ['15/08/45', '1945-08-15'],
  ])('reads the date %j as %j', (text, value) => {
    expect(coerceAttributeValue('date', text)).toEqual({ ok: true, value });
  });

  it.each(['29/02/2025', '31/04/2026', '2026-13-01', '00/01/2026', 'demain', '03/31'])(
    'refuses the date %j, which does not exist or is not a date',
    (text) => {
      expect(coerceAttributeValue('date', text)).toEqual({ ok: false });
    }
  );

  it.each([
    ['oui', true],
    ['OUI', true],
    ['Vrai', true],
    ['1', true],
    ['x', true],
    ['non', false],
    ['FALSE', false],
    ['0', false],
  ])('reads the boolean %j as %j', (text, value) => {
    expect(coerceAttributeValue('boolean', text)).toEqual({ ok: true, value });
  });

  it('refuses a boolean it cannot read', () => {
    expect(coerceAttributeValue('boolean', 'peut-être')).toEqual({ ok: false });
  });
});
