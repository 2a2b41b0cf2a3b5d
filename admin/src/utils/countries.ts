import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js/max';

export interface CountryOption {
  code: string;
  name: string;
  callingCode: string;
}

/**
 * Every country a phone number can belong to (libphonenumber's list, which is what the server
 * validates numbers against), named in the user's language and sorted for that language.
 */
export const getCountryOptions = (locale: string): CountryOption[] => {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return getCountries()
    .map((code: CountryCode) => ({
      code,
      name: names.of(code) ?? code,
      callingCode: `+${getCountryCallingCode(code)}`,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
};

/** "France (+33)": the calling code helps tell overseas departments and territories apart. */
export const formatCountry = (option: CountryOption) => `${option.name} (${option.callingCode})`;
