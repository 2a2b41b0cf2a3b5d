import config, { DEFAULT_CONFIG } from '..';

describe('Given the plugin config validator', () => {
  it('accepts the defaults: the simulator on both channels', () => {
    expect(() => config.validator(DEFAULT_CONFIG)).not.toThrow();
  });

  it('accepts a provider package with its options', () => {
    const custom = {
      providers: { sms: { provider: 'acme', providerOptions: { apiKey: 'k' } }, voice: DEFAULT_CONFIG.providers.voice },
    };
    expect(() => config.validator(custom)).not.toThrow();
  });

  it('When a channel has no provider, Then it throws a message naming the key', () => {
    const broken = { providers: { sms: { provider: '' }, voice: DEFAULT_CONFIG.providers.voice } };
    expect(() => config.validator(broken)).toThrow(
      /Invalid "mobile-campaigns" plugin config: providers\.sms\.provider/
    );
  });

  it('When the voice channel is missing, Then it throws naming it', () => {
    expect(() => config.validator({ providers: { sms: DEFAULT_CONFIG.providers.sms } })).toThrow(/providers\.voice/);
  });

  describe("Given a sending window of the host's own", () => {
    const withWindow = (sms: unknown) => ({ ...DEFAULT_CONFIG, sendingWindows: { sms } });

    it('accepts ranges per ISO weekday, numeric keys included', () => {
      const window = {
        days: {
          1: [
            ['09:00', '12:30'],
            ['14:00', '19:00'],
          ],
          6: [['09:00', '12:00']],
        },
      };
      expect(() => config.validator(withWindow(window))).not.toThrow();
    });

    it.each([
      ['a range that closes before it opens', { 1: [['19:00', '09:00']] }, /sendingWindows\.sms.*close after it opens/],
      [
        'overlapping ranges',
        {
          1: [
            ['09:00', '13:00'],
            ['12:00', '18:00'],
          ],
        },
        /sendingWindows\.sms.*overlap/,
      ],
      ['a time that is not HH:MM', { 1: [['9h', '18:00']] }, /sendingWindows\.sms\.days\.1\.0\.0: a time as HH:MM/],
      ['a day that is not 1–7', { 8: [['09:00', '18:00']] }, /sendingWindows\.sms\.days/],
    ])('When it holds %s, Then it throws naming the key', (_, days, message) => {
      expect(() => config.validator(withWindow({ days }))).toThrow(message);
    });
  });
});
