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
});
