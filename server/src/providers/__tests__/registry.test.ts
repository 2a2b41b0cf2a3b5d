import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertGateway, createProviderRegistry, PACKAGE_PREFIX } from '../registry';
import simulator from '../simulator';
import smpp from '../smpp';

const appWithPackage = (name: string, source: string) => {
  const app = mkdtempSync(join(tmpdir(), 'mc-app-'));
  const dir = join(app, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, main: 'index.js' }));
  writeFileSync(join(dir, 'index.js'), source);
  return app;
};

describe('Given the provider registry', () => {
  it('resolves the built-in simulator by name', () => {
    expect(createProviderRegistry().resolve('simulator', [])).toBe(simulator);
  });

  it('resolves the built-in smpp provider by name', () => {
    expect(createProviderRegistry().resolve('smpp', [])).toBe(smpp);
    expect(createProviderRegistry().names()).toEqual(['simulator', 'http', 'smpp']);
  });

  it('resolves an installed strapi-provider-mobile-campaigns-<name> package from the app', () => {
    const app = appWithPackage(`${PACKAGE_PREFIX}acme`, 'module.exports = { init: () => ({ send: async () => [] }) };');
    const module = createProviderRegistry().resolve('acme', [app]);
    expect(typeof module.init).toBe('function');
  });

  it('When nothing matches, Then the error lists what was tried', () => {
    expect(() => createProviderRegistry().resolve('nowhere', [tmpdir()])).toThrow(
      /"nowhere" was not found: it is not built in \(simulator, http, smpp\) and neither "strapi-provider-mobile-campaigns-nowhere" nor "nowhere" is installed/
    );
  });

  it('When a package has no init function, Then it is refused at load', () => {
    const app = appWithPackage(`${PACKAGE_PREFIX}broken`, 'module.exports = { send: () => [] };');
    expect(() => createProviderRegistry().resolve('broken', [app])).toThrow(
      /must export an init\(options, context\) function/
    );
  });

  it('refuses to register a second provider under a taken name', () => {
    const registry = createProviderRegistry();
    registry.register('acme', { init: () => ({ send: async () => [] }) });
    expect(() => registry.register('acme', { init: () => ({ send: async () => [] }) })).toThrow(/already registered/);
    expect(() => registry.register('simulator', simulator)).toThrow(/already registered/);
  });

  it('checks what init returned: send is required, optional methods must be functions', () => {
    expect(() => assertGateway('x', {})).toThrow(/has no send\(\) method/);
    expect(() => assertGateway('x', { send: async () => [], balance: 12 })).toThrow(/balance must be a function/);
    expect(() => assertGateway('x', null)).toThrow(/must return an object/);
    const gateway = { send: async () => [] };
    expect(assertGateway('x', gateway)).toBe(gateway);
  });
});
