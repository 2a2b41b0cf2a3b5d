/**
 * The fast paths of `normalizePhone` (compiled numbering plans) against libphonenumber itself
 * (`normalizePhoneSlow`), over inputs built from the metadata: every calling code, every French
 * prefix, in the forms lists hold. Any difference, in any field, fails.
 */
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.max.json';
import { normalizePhone, normalizePhoneSlow, type NormalizePhoneOptions, type PhoneNumberResult } from '../phone';
import { prng } from './fixtures/generators';

const differences = (inputs: readonly string[], options?: NormalizePhoneOptions) => {
  const found: { input: string; fast: PhoneNumberResult; slow: PhoneNumberResult }[] = [];
  for (const input of inputs) {
    const fast = normalizePhone(input, options);
    const slow = normalizePhoneSlow(input, options);
    if (JSON.stringify(fast) !== JSON.stringify(slow)) found.push({ input, fast, slow });
  }
  return found.slice(0, 20);
};

const callingCodes = Object.keys(metadata.country_calling_codes as Record<string, string[]>);
const nonGeographic = Object.keys((metadata as { nonGeographic?: Record<string, unknown> }).nonGeographic ?? {});

describe('Given international numbers (+CC) of every calling code', () => {
  const random = prng(33);
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

  it('when each country example mobile is written with its neighbours, then both paths agree', () => {
    const inputs: string[] = [];
    for (const [country, national] of Object.entries(examples as Record<string, string>)) {
      const codes = (metadata.countries as Record<string, unknown[]>)[country];
      if (!codes) continue;
      const code = codes[0] as string;
      for (const nsn of [
        national,
        national.slice(0, -1),
        `${national}0`,
        `0${national}`,
        `${national.slice(0, -1)}9`,
      ]) {
        inputs.push(`+${code}${nsn}`, `+${code} ${nsn}`);
      }
      for (let d = 0; d < 10; d++) inputs.push(`+${code}${national.slice(0, -3)}${d}${digits(2)}`);
    }
    expect(inputs.length).toBeGreaterThan(3000);
    expect(differences(inputs)).toEqual([]);
  });

  it('when random digits follow every calling code, then both paths agree', () => {
    const inputs: string[] = [];
    for (const code of [...callingCodes, ...nonGeographic]) {
      for (let n = 1; n <= 14; n++) for (let k = 0; k < 6; k++) inputs.push(`+${code}${digits(n)}`);
    }
    expect(differences(inputs)).toEqual([]);
  });

  it('when the default country or allowed countries change, then both paths still agree', () => {
    const inputs = Object.entries(examples as Record<string, string>).flatMap(([country, national]) => {
      const code = ((metadata.countries as Record<string, unknown[]>)[country]?.[0] as string) ?? '';
      return [`+${code}${national}`, `+${code} (0) ${national}`];
    });
    for (const options of [
      { defaultCountry: 'US' },
      { defaultCountry: 'RE' },
      { allowedCountries: ['FR', 'BE', 'US'] },
    ]) {
      expect(differences(inputs, options)).toEqual([]);
    }
  });
});
