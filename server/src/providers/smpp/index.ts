import { createTokenBucket } from '../rate-limit';
import type { GatewayProvider, ProviderContext, ProviderModule } from '../types';
import { sourceAddress } from './addresses';
import { createInboundHandler } from './inbound';
import { parseSmppOptions } from './options';
import { queryMessage } from './query';
import { createConnection, type Connection } from './session';
import { createSubmitter } from './submit';
import { createWindow } from './window';

export { normalizeMessageId, messageIdForms } from './message-id';
export type { SmppOptions } from './options';

/**
 * SMPP 3.4 gateway over the `smpp` package: a transceiver bind (or a transmitter and a
 * receiver), a window of submit_sm in flight, a submit rate, long messages in concatenated
 * parts, receipts and replies from deliver_sm, query_sm for unknown outcomes.
 */
export interface SmppGateway extends GatewayProvider {
  send: GatewayProvider['send'];
  queryStatus: NonNullable<GatewayProvider['queryStatus']>;
  close: NonNullable<GatewayProvider['close']>;
  /** Resolves true once every link is bound (false after `ms`): for start-up checks and tests. */
  waitBound(ms: number): Promise<boolean>;
}

export function createSmppGateway(rawOptions: unknown, context: ProviderContext): SmppGateway {
  const options = parseSmppOptions(rawOptions);
  const inbound = createInboundHandler({
    context,
    channel: context.channel,
    receiptTimeZone: options.receiptTimeZone,
    reassemblyMs: options.inboundReassemblyMs,
  });
  const onRequest = inbound.handle;
  const logger = context.logger;
  const links: Connection[] =
    options.bind === 'transceiver'
      ? [createConnection({ options, mode: 'transceiver', logger, onRequest })]
      : [
          createConnection({ options, mode: 'transmitter', logger, onRequest }),
          createConnection({ options, mode: 'receiver', logger, onRequest }),
        ];
  const transmitter = links[0]!;
  const window = createWindow(options.window);
  const bucket = createTokenBucket(options.tps);
  const sleepers = new Set<() => void>();
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      timer.unref();
      sleepers.add(wake);
    });

  const submitter = createSubmitter({
    options,
    connection: () => transmitter,
    window,
    bucket,
    logger,
    isClosed: () => closed,
    sleep,
  });

  return {
    send: (batch) => Promise.all(batch.map((message) => submitter.sendMessage(message))),

    queryStatus: (providerMessageId) =>
      queryMessage(
        transmitter,
        providerMessageId,
        sourceAddress(options.defaultSender, options.sourceTon, options.sourceNpi),
        context.channel,
        options.responseTimeoutMs
      ),

    async waitBound(ms) {
      const results = await Promise.all(links.map((link) => link.waitBound(ms)));
      return results.every(Boolean);
    },

    async close() {
      if (closed) return;
      closed = true;
      const reason = new Error('smpp provider closed');
      window.close(reason);
      bucket.close(reason);
      for (const wake of [...sleepers]) wake();
      inbound.close();
      await Promise.all(links.map((link) => link.close()));
    },
  };
}

const smpp: ProviderModule = { init: (options, context) => createSmppGateway(options, context) };

export default smpp;
