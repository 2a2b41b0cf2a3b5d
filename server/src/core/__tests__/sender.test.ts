import { isValidVoiceSender, validateSmsSender } from '../sender';

describe('Given an SMS sender ID', () => {
  it.each([null, undefined, '', '   '])('when it is %p, then the default short code is used', (sender) => {
    expect(validateSmsSender(sender)).toEqual({ valid: true, kind: 'default' });
  });

  it.each(['MaBoutique', 'DEC10', 'A', 'ABCDEFGHIJK', 'Promo2026', ' Shop '])(
    'when it is %p, then it is a valid alphanumeric sender',
    (sender) => {
      expect(validateSmsSender(sender)).toEqual({ valid: true, kind: 'alphanumeric' });
    }
  );

  it.each(['ABCDEFGHIJKL', 'BoutiqueLyon'])(
    'when it has 12 characters (%p), then it is too long, not cut',
    (sender) => {
      expect(validateSmsSender(sender)).toEqual({ valid: false, reason: 'too-long', rule: 'too-long' });
    }
  );

  it.each([
    ['Café', 'é'],
    ['Boulangère', 'è'],
    ['Été', 'É'],
    ['Cœur', 'œ'],
  ])('when it is %p, then it is refused for its accented letter %p', (sender, character) => {
    expect(validateSmsSender(sender)).toEqual({
      valid: false,
      reason: 'invalid-characters',
      rule: 'accent',
      character,
    });
  });

  it.each(['Ma Boutique', 'Ma\u00a0Boutique', 'Ma\tBoutique'])(
    'when it is %p, then it is refused for its space',
    (sender) => {
      expect(validateSmsSender(sender)).toMatchObject({ valid: false, reason: 'invalid-characters', rule: 'space' });
    }
  );

  it.each([
    ['Shop!', '!'],
    ['Shop-Lyon', '-'],
    ['Shop_1', '_'],
    ['Promo🎉', '🎉'],
  ])('when it is %p, then it is refused for the special character %p', (sender, character) => {
    expect(validateSmsSender(sender)).toEqual({
      valid: false,
      reason: 'invalid-characters',
      rule: 'special-character',
      character,
    });
  });

  it.each(['12345', '36184'])(
    'when it is %p, only digits but not a number, then it is refused as all-digits',
    (sender) => {
      expect(validateSmsSender(sender)).toEqual({ valid: false, reason: 'all-digits', rule: 'all-digits' });
    }
  );

  it.each(['0612345678', '+33612345678', '+33 6 12 34 56 78'])(
    'when it is the phone number %p, then it is refused as a phone number',
    (sender) => {
      expect(validateSmsSender(sender)).toEqual({ valid: false, reason: 'phone-number', rule: 'phone-number' });
    }
  );
});

describe('Given a voicemail-drop sender', () => {
  it.each(['', null, undefined, '  '])('when it is %p, then the call shows "unknown number": valid', (sender) => {
    expect(isValidVoiceSender(sender)).toBe(true);
  });

  it.each(['01 23 45 67 89', '+33 5 56 12 34 56', '0262 26 12 34'])(
    'when it is the landline %p, then it is valid',
    (sender) => {
      expect(isValidVoiceSender(sender)).toBe(true);
    }
  );

  it.each(['06 12 34 56 78', '0800 12 34 56', '09 70 12 34 56', 'MaBoutique', '123'])(
    'when it is %p (not a landline), then it is refused',
    (sender) => {
      expect(isValidVoiceSender(sender)).toBe(false);
    }
  );

  it('when the account is Belgian, then a Belgian landline is accepted', () => {
    expect(isValidVoiceSender('02 511 12 34', 'BE')).toBe(true);
  });
});
