import { canReceiveSms, normalizePhone, normalizePhoneSlow, type PhoneNumberResult } from '../phone';
import { phoneCorpus } from './fixtures/generators';

const MOBILE = { valid: true, e164: '+33612345678', country: 'FR', type: 'mobile', allowed: true };

describe('Given a French mobile written the ways people write it', () => {
  it.each([
    '0612345678',
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '06/12/34/56/78',
    '(06) 12 34 56 78',
    ' 06 12 34 56 78 ',
    '06\u00A012\u00A034\u00A056\u00A078',
    '06\u202F12\u202F34\u202F56\u202F78',
    '612345678',
    '+33612345678',
    '+33 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '+330612345678',
    '0033612345678',
    '0033 6 12 34 56 78',
    '00330612345678',
    '33612345678',
    "'0612345678",
    612345678,
  ])('when the input is %p, then it is +33 6 12 34 56 78, a French mobile', (input) => {
    expect(normalizePhone(input)).toEqual(MOBILE);
  });
});

describe('Given French numbers of other types', () => {
  it.each([
    ['01 23 45 67 89', '+33123456789', 'fixed'],
    ['05 56 12 34 56', '+33556123456', 'fixed'],
    ['09 70 12 34 56', '+33970123456', 'other'],
    ['0800 12 34 56', '+33800123456', 'other'],
    ['0899 12 34 56', '+33899123456', 'other'],
    ['07 81 23 45 67', '+33781234567', 'mobile'],
  ])('when the input is %p, then it is %s of type %s', (input, e164, type) => {
    expect(normalizePhone(input)).toMatchObject({ valid: true, e164, country: 'FR', type });
  });
});

describe('Given French overseas mobiles written nationally', () => {
  it.each([
    ['0690 12 34 56', '+590690123456', 'GP'],
    ['0691 22 34 56', '+590691223456', 'GP'],
    ['0692 12 34 56', '+262692123456', 'RE'],
    ['0693 01 23 45', '+262693012345', 'RE'],
    ['0639 01 23 45', '+262639012345', 'YT'],
    ['0694 20 12 34', '+594694201234', 'GF'],
    ['0696 12 34 56', '+596696123456', 'MQ'],
    ['0697 12 34 56', '+596697123456', 'MQ'],
    ['692123456', '+262692123456', 'RE'],
    ['+262 692 12 34 56', '+262692123456', 'RE'],
    ['00590 690 12 34 56', '+590690123456', 'GP'],
  ])('when the input is %p, then it is %s in %s', (input, e164, country) => {
    expect(normalizePhone(input)).toEqual({ valid: true, e164, country, type: 'mobile', allowed: true });
  });

  it('when an overseas mobile is written with +33, then it is invalid (that number does not exist)', () => {
    expect(normalizePhone('+33 692 12 34 56')).toMatchObject({ valid: false, reason: 'invalid-number' });
  });

  it('when "33" (the "+" lost) precedes an overseas mobile, then it is not moved to that department', () => {
    expect(normalizePhone('33692123456')).toMatchObject({ valid: false, reason: 'invalid-number' });
  });

  it('when the list is from Réunion, then a metropolitan mobile written nationally is still found', () => {
    expect(normalizePhone('06 12 34 56 78', { defaultCountry: 'RE' })).toMatchObject({
      e164: '+33612345678',
      country: 'FR',
    });
    expect(normalizePhone('0692 12 34 56', { defaultCountry: 'RE' })).toMatchObject({
      e164: '+262692123456',
      country: 'RE',
    });
  });
});

describe('Given foreign numbers', () => {
  it.each([
    ['+32 470 12 34 56', '+32470123456', 'BE', 'mobile'],
    ['0032 470 12 34 56', '+32470123456', 'BE', 'mobile'],
    ['+41 79 123 45 67', '+41791234567', 'CH', 'mobile'],
    ['+44 7400 123456', '+447400123456', 'GB', 'mobile'],
    ['+1 202 555 0123', '+12025550123', 'US', 'mobile'],
  ])('when the input is %p, then it is %s in %s (%s)', (input, e164, country, type) => {
    expect(normalizePhone(input)).toMatchObject({ valid: true, e164, country, type });
  });

  it('when a Belgian list is read, then national Belgian numbers are understood', () => {
    expect(normalizePhone('0470 12 34 56', { defaultCountry: 'BE' })).toMatchObject({
      e164: '+32470123456',
      country: 'BE',
    });
  });

  it('when a non-geographic number is given, then it is valid with no country', () => {
    expect(normalizePhone('+800 1234 5678')).toMatchObject({ valid: true, e164: '+80012345678', country: null });
  });
});

describe('Given numbers that cannot be used', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['()', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    [{}, 'empty'],
    ['abc', 'invalid-characters'],
    ['06 12 34 56 7a', 'invalid-characters'],
    ['06.12.34.56.78 ext 5', 'invalid-characters'],
    ['++33612345678', 'invalid-characters'],
    ['06*12', 'invalid-characters'],
    ['+', 'too-short'],
    ['12', 'too-short'],
    ['06 12 34 56 7', 'invalid-number'], // libphonenumber keeps the 0 and sees 9 digits
    ['06 12 34', 'too-short'],
    ['+33 6 12', 'too-short'],
    ['06123456789', 'too-long'],
    ['1234567890123456789', 'too-long'],
    ['+999 123 456', 'invalid-country-code'],
    ['0000000000', 'invalid-number'],
    ['06 91 00 00 00', 'invalid-number'],
    ['07 00 12 34 56', 'invalid-number'],
  ])('when the input is %p, then the reason is %s', (input, reason) => {
    expect(normalizePhone(input)).toEqual({
      valid: false,
      e164: null,
      country: null,
      type: 'unknown',
      reason,
      allowed: false,
    });
  });
});

describe('Given allowed destination countries', () => {
  it('when the country is allowed, then the number is allowed', () => {
    expect(normalizePhone('0612345678', { allowedCountries: ['FR', 'BE'] })).toMatchObject({
      valid: true,
      allowed: true,
    });
  });

  it('when it is not, then it is valid but not allowed, with the reason (seeds: MF_VALID vs MF_ALLOW)', () => {
    expect(normalizePhone('+32470123456', { allowedCountries: ['FR'] })).toEqual({
      valid: true,
      e164: '+32470123456',
      country: 'BE',
      type: 'mobile',
      reason: 'not-allowed-country',
      allowed: false,
    });
  });

  it('when the number is overseas, then France alone does not allow it: overseas regions are listed on their own', () => {
    expect(normalizePhone('0692123456', { allowedCountries: ['FR'] }).allowed).toBe(false);
    expect(normalizePhone('0692123456', { allowedCountries: ['FR', 'RE'] }).allowed).toBe(true);
  });
});

describe('Given the fast path and the libphonenumber path', () => {
  const same = (inputs: readonly unknown[], options?: Parameters<typeof normalizePhone>[1]) => {
    const differences: { input: unknown; fast: PhoneNumberResult; slow: PhoneNumberResult }[] = [];
    for (const input of inputs) {
      const fast = normalizePhone(input, options);
      const slow = normalizePhoneSlow(input, options);
      if (JSON.stringify(fast) !== JSON.stringify(slow)) differences.push({ input, fast, slow });
    }
    return differences;
  };

  it('when 30,000 realistic numbers are normalised both ways, then every result is identical', () => {
    expect(same(phoneCorpus(30_000, 11))).toEqual([]);
  });

  it('when every 3-digit French prefix is tried in every form, then both paths agree', () => {
    const inputs: string[] = [];
    for (let p = 100; p < 1000; p++) {
      const nsn = `${p}${String((p * 7919) % 1_000_000).padStart(6, '0')}`;
      inputs.push(`0${nsn}`, nsn, `+33${nsn}`, `0033${nsn}`, `33${nsn}`, `+330${nsn}`, `+33 (0)${nsn}`, `00330${nsn}`);
    }
    expect(same(inputs)).toEqual([]);
  });

  it('when the default country is not France, then both paths agree too', () => {
    expect(same(phoneCorpus(3_000, 12), { defaultCountry: 'BE' })).toEqual([]);
    expect(same(phoneCorpus(3_000, 13), { defaultCountry: 'RE' })).toEqual([]);
    expect(same(phoneCorpus(3_000, 14), { defaultCountry: 'US' })).toEqual([]);
  });

  it('when allowed countries are set, then both paths agree', () => {
    expect(same(phoneCorpus(3_000, 15), { allowedCountries: ['FR', 'RE'] })).toEqual([]);
  });
});

describe('Given a normalised number', () => {
  it('when it is a valid mobile, then it can receive SMS', () => {
    expect(canReceiveSms(normalizePhone('0612345678'))).toBe(true);
    expect(canReceiveSms(normalizePhone('0692123456'))).toBe(true);
  });

  it('when it is a landline, a special number or invalid, then it cannot', () => {
    expect(canReceiveSms(normalizePhone('0123456789'))).toBe(false);
    expect(canReceiveSms(normalizePhone('0800123456'))).toBe(false);
    expect(canReceiveSms(normalizePhone('abc'))).toBe(false);
  });
});
