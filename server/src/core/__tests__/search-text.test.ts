import {
  destinationStatus,
  formatPhoneInternational,
  normalizeSearchText,
  phoneSearchOf,
  searchTextOf,
  sortNameOf,
} from '../index';

describe('Given the search normaliser', () => {
  it.each([
    ['Dupré', 'dupre'],
    ['Jérôme', 'jerome'],
    ['NOËL', 'noel'],
    ['Jean-François  Dupré', 'jean francois dupre'],
    ['Lætitia Œuvray', 'laetitia oeuvray'],
    ["d'Artagnan", 'd artagnan'],
    ['jean.dupre@exemple.fr', 'jean dupre exemple fr'],
    ['  ', ''],
  ])('then %s is searched as %s', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it('then a person is found by first then last name and by last then first name', () => {
    const key = searchTextOf(['Jean-François', 'Dupré', null, '']);
    expect(key).toContain(normalizeSearchText('Jean-François Dupré'));
    expect(key).toContain(normalizeSearchText('Dupré Jean-François'));
    expect(searchTextOf([])).toBe('');
  });

  it('then names sort the French way, nameless contacts having no key', () => {
    const names = [
      ['Bouchard', 'Luc'],
      ['Bénard', 'Émile'],
      ['bernard', 'Anne'],
      ['Àlvarez', 'Zoé'],
    ].map(([last, first]) => sortNameOf(last, first)!);
    expect([...names].sort()).toEqual(['alvarez zoe', 'benard emile', 'bernard anne', 'bouchard luc']);
    expect(sortNameOf(null, '')).toBeNull();
  });
});

describe('Given a search typed as a number', () => {
  it('then the national form is the start of French numbers, mainland and overseas', () => {
    expect(phoneSearchOf('06 12 34')).toEqual({
      contains: '061234',
      prefixes: ['+3361234', '+26261234', '+59061234', '+59461234', '+59661234'],
    });
  });
  it('then international forms are starts, other digits a part of the number', () => {
    expect(phoneSearchOf('+33 6 12')?.prefixes).toEqual(['+33612']);
    expect(phoneSearchOf('0032 470')?.prefixes).toEqual(['+32470']);
    expect(phoneSearchOf('12 34 56')).toEqual({ contains: '123456', prefixes: [] });
    expect(phoneSearchOf('0470 12', 'BE')?.prefixes).toEqual(['+32470 12'.replace(' ', '')]);
  });
  it('then words and too few digits are no number', () => {
    expect(phoneSearchOf('dupre')).toBeNull();
    expect(phoneSearchOf('06')).toBeNull();
    expect(phoneSearchOf('rue 12 345')).toBeNull();
  });
  it('then numbers are written as a person reads them', () => {
    expect(formatPhoneInternational('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(formatPhoneInternational('12ab')).toBe('12ab');
    expect(formatPhoneInternational(null)).toBe('');
  });
});

describe('Given a stored number and the destinations of today', () => {
  const belgian = { phone: '+32470123456', country: 'BE', valid: false, reason: 'not-allowed-country' };
  it('then a number refused for its country is valid once its country is allowed', () => {
    expect(destinationStatus(belgian, ['FR', 'BE'])).toEqual({ valid: true, reason: null });
    expect(destinationStatus(belgian, ['FR'])).toEqual({ valid: false, reason: 'not-allowed-country' });
  });
  it('then a valid number whose country is withdrawn is flagged, and other reasons stay', () => {
    expect(destinationStatus({ ...belgian, valid: true, reason: null }, ['FR'])).toEqual({
      valid: false,
      reason: 'not-allowed-country',
    });
    expect(destinationStatus({ phone: null, country: null, valid: false, reason: 'too-short' }, ['FR'])).toEqual({
      valid: false,
      reason: 'too-short',
    });
  });
});
