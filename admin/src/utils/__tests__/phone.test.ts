import { formatPhone, getNumberReason, numberReasonMessage } from '../phone';

const validationError = (message: string) => ({
  response: { data: { error: { name: 'ValidationError', details: { errors: [{ path: ['phone'], message }] } } } },
});

describe('formatPhone', () => {
  it('shows E.164 numbers in international format, overseas departments included', () => {
    expect(formatPhone('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(formatPhone('+262692123456')).toBe('+262 692 12 34 56');
  });

  it('shows what it cannot parse as it is, and nothing for no number', () => {
    expect(formatPhone('06 12')).toBe('06 12');
    expect(formatPhone(null)).toBe('');
  });
});

describe('getNumberReason', () => {
  it('reads the reason code of a rejected number', () => {
    expect(getNumberReason(validationError('not-allowed-country'))).toBe('not-allowed-country');
  });

  it('ignores validation errors about something else, and other errors', () => {
    expect(getNumberReason(validationError('Name is required'))).toBeNull();
    expect(getNumberReason(new Error('network'))).toBeNull();
  });
});

describe('numberReasonMessage', () => {
  it('has a sentence for every reason the brief names, and a fallback for new ones', () => {
    for (const reason of [
      'empty',
      'too-short',
      'too-long',
      'invalid-characters',
      'invalid-number',
      'not-allowed-country',
      'not-mobile',
    ]) {
      expect(numberReasonMessage(reason).id).toBe(`mobile-campaigns.number.reason.${reason}`);
    }
    expect(numberReasonMessage('something-new').id).toBe('mobile-campaigns.number.reason.unknown');
  });
});
