import type { GatewayProvider, ProviderContext, ProviderModule } from '../types';
import { httpOptionsSchema } from './options';
import { submitBatches } from './send';
import { balance, queryStatus } from './status';
import { parseSignedWebhook } from './webhook';

/**
 * A gateway that speaks the documented HTTP contract (README, "HTTP gateway contract"): a real
 * SMS API, or a thin adapter in front of one. It submits over HTTPS and hears back through the
 * plugin's signed webhook routes.
 */
const init: ProviderModule['init'] = (rawOptions, context: ProviderContext): GatewayProvider => {
  const options = httpOptionsSchema.parse(rawOptions ?? {});
  return {
    send: (batch) => submitBatches(options, batch),
    parseWebhook: (request) => parseSignedWebhook({ secret: options.webhookSecret, channel: context.channel, request }),
    queryStatus: (providerMessageId) => queryStatus(options, context.channel, providerMessageId),
    balance: () => balance(options),
  };
};

export { httpOptionsSchema, type HttpProviderOptions } from './options';
export { signatureHeaders, signPayload, verifySignature } from './signature';
export default { init } satisfies ProviderModule;
