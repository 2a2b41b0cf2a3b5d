import { startSmsc, type Smsc, type SmscOptions } from '../../../../../tests/helpers/smsc';
import type { DeliveryReceipt, InboundMessage, OutboundMessage, ProviderContext } from '../../types';
import { createSmppGateway, type SmppGateway } from '../index';
import type { SmppOptions } from '../options';

/** An SMSC and a provider bound to it, with what the provider reported. Loopback only. */
export interface Harness {
  smsc: Smsc;
  gateway: SmppGateway;
  receipts: DeliveryReceipt[];
  inbound: InboundMessage[];
  logs: string[];
  context: ProviderContext;
  stop(): Promise<void>;
}

export async function startHarness(
  smscOptions: SmscOptions = {},
  providerOptions: Partial<SmppOptions> = {},
  hooks: Partial<Pick<ProviderContext, 'onReceipt' | 'onInbound'>> = {}
): Promise<Harness> {
  const smsc = await startSmsc({ systemId: 'esme1', password: 'p@ss:wd', ...smscOptions });
  const receipts: DeliveryReceipt[] = [];
  const inbound: InboundMessage[] = [];
  const logs: string[] = [];
  const log = (level: string) => (msg: string) => logs.push(`${level} ${msg}`);
  const context: ProviderContext = {
    channel: 'sms',
    onReceipt: hooks.onReceipt ?? ((receipt) => receipts.push(receipt)),
    onInbound: hooks.onInbound ?? ((message) => inbound.push(message)),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
  };
  const gateway = createSmppGateway(
    { url: smsc.url, responseTimeoutMs: 2000, reconnect: { initialMs: 50, maxMs: 200 }, ...providerOptions },
    context
  );
  return {
    smsc,
    gateway,
    receipts,
    inbound,
    logs,
    context,
    async stop() {
      await gateway.close();
      await smsc.close();
    },
  };
}

let counter = 0;
export const sms = (text: string, overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  id: `r${++counter}`,
  channel: 'sms',
  to: '+33612345678',
  from: 'ACME',
  text,
  ...overrides,
});

/** Polls `condition` every 10 ms, for at most `ms`. */
export async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
