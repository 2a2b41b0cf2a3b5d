import http from './http';
import simulator from './simulator';
import smpp from './smpp';
import type { GatewayProvider, ProviderModule } from './types';

/**
 * Resolves gateway providers the way Strapi resolves email providers: a built-in name,
 * else an installed `strapi-provider-mobile-campaigns-<name>` package, else a module path.
 * Packages are resolved from the host app first, so a provider installed there is found.
 */
export const PACKAGE_PREFIX = 'strapi-provider-mobile-campaigns-';

const REQUIRED_METHODS = ['send'] as const;
const OPTIONAL_METHODS = ['parseWebhook', 'balance', 'queryStatus', 'close'] as const;

export const createProviderRegistry = () => {
  const modules = new Map<string, ProviderModule>([
    ['simulator', simulator],
    ['http', http],
    ['smpp', smpp],
  ]);

  const assertModule = (name: string, candidate: unknown): ProviderModule => {
    const module = (candidate as { default?: unknown })?.default ?? candidate;
    if (!module || typeof (module as ProviderModule).init !== 'function') {
      throw new Error(`Mobile Campaigns provider "${name}" must export an init(options, context) function.`);
    }
    return module as ProviderModule;
  };

  return {
    /** Adds a provider by name, for apps that ship one in their own code (in `register`). */
    register(name: string, module: unknown) {
      if (modules.has(name)) {
        throw new Error(`A Mobile Campaigns provider named "${name}" is already registered.`);
      }
      modules.set(name, assertModule(name, module));
    },

    names: () => [...modules.keys()],

    resolve(name: string, searchPaths: string[]): ProviderModule {
      const builtIn = modules.get(name);
      if (builtIn) return builtIn;
      for (const request of [`${PACKAGE_PREFIX}${name}`, name]) {
        let path: string;
        try {
          path = require.resolve(request, { paths: searchPaths });
        } catch {
          continue;
        }
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return assertModule(name, require(path));
      }
      throw new Error(
        `Mobile Campaigns provider "${name}" was not found: it is not built in (${[...modules.keys()].join(', ')}) and neither "${PACKAGE_PREFIX}${name}" nor "${name}" is installed.`
      );
    },
  };
};

export type ProviderRegistry = ReturnType<typeof createProviderRegistry>;

/** Checks what `init` returned, so a broken provider fails at start, not at the first send. */
export const assertGateway = (name: string, gateway: unknown): GatewayProvider => {
  if (!gateway || typeof gateway !== 'object') {
    throw new Error(`Mobile Campaigns provider "${name}": init() must return an object.`);
  }
  for (const method of REQUIRED_METHODS) {
    if (typeof (gateway as Record<string, unknown>)[method] !== 'function') {
      throw new Error(`Mobile Campaigns provider "${name}" has no ${method}() method.`);
    }
  }
  for (const method of OPTIONAL_METHODS) {
    const value = (gateway as Record<string, unknown>)[method];
    if (value !== undefined && typeof value !== 'function') {
      throw new Error(`Mobile Campaigns provider "${name}": ${method} must be a function when present.`);
    }
  }
  return gateway as GatewayProvider;
};
