import type { ProviderContext } from '../types';
import { connectSession, createPdu, errorName, isResponse, responseTo, type Pdu, type SmppSession } from './lib';
import type { ResolvedSmppOptions } from './options';
import { createPendingRequests, type Outcome } from './window';

/**
 * One SMPP link: TCP connection, bind, enquire_link liveness and reconnection with backoff.
 * A fresh `smpp` session is made per attempt (the package's `connect()` reuse drops its state).
 */
export type BindMode = 'transceiver' | 'transmitter' | 'receiver';

export type WriteResult = { written: false } | { written: true; outcome: Promise<Outcome> };

export interface Connection {
  readonly mode: BindMode;
  isBound(): boolean;
  /** True once bound, false after `ms` (or on close). */
  waitBound(ms: number): Promise<boolean>;
  /** Writes a request when bound; the outcome settles on its response, its timeout or a drop. */
  write(command: string, fields: Record<string, unknown>, timeoutMs: number): WriteResult;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  options: ResolvedSmppOptions;
  mode: BindMode;
  logger: ProviderContext['logger'];
  /** Requests from the SMSC other than enquire_link / unbind; `reply` answers on the same link. */
  onRequest(pdu: Pdu, reply: (fields: Record<string, unknown>) => void): void;
}

const INTERFACE_VERSION_34 = 0x34;
const MAX_SEQUENCE = 0x7fffffff;

export function createConnection({ options, mode, logger, onRequest }: ConnectionOptions): Connection {
  const where = `${options.host}:${options.port}`;
  const label = `[mobile-campaigns] smpp ${mode} ${options.systemId}@${where}`;
  let session: SmppSession | undefined;
  let bound = false;
  let closing = false;
  let attempt = 0;
  let sequence = 0;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let enquireTimer: NodeJS.Timeout | undefined;
  let pending = createPendingRequests();
  let waiters: ((bound: boolean) => void)[] = [];

  const settleWaiters = (value: boolean) => {
    for (const waiter of waiters.splice(0)) waiter(value);
  };

  const nextSequence = () => (sequence = sequence >= MAX_SEQUENCE ? 1 : sequence + 1);

  /**
   * PDUs written in one turn of the event loop leave in one write: a window of submits refilled
   * from a burst of responses, the answers to a batch of receipts. With Nagle off each would be a
   * syscall and a TCP segment of its own (7% of the dispatcher's time).
   */
  const send = (target: SmppSession, pdu: Pdu) => {
    const { socket } = target;
    if (!socket.writable) return false;
    if (socket.writableCorked === 0) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    return target.send(pdu);
  };

  const request = (target: SmppSession, command: string, fields: Record<string, unknown>, timeoutMs: number) => {
    const pdu = createPdu(command, { ...fields, sequence_number: nextSequence() });
    if (!send(target, pdu)) return undefined;
    return pending.track(pdu.sequence_number, timeoutMs);
  };

  const scheduleReconnect = () => {
    if (closing || reconnectTimer) return;
    const { initialMs, maxMs, jitter } = options.reconnect;
    const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
    const delay = Math.round(base * (1 - jitter * Math.random()));
    attempt++;
    logger.info(`${label}: reconnecting in ${delay} ms (attempt ${attempt})`);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      open();
    }, delay);
    reconnectTimer.unref();
  };

  const startEnquireLink = (target: SmppSession) => {
    if (options.enquireLinkMs <= 0) return;
    enquireTimer = setInterval(() => {
      if (!bound || session !== target) return;
      const outcome = request(target, 'enquire_link', {}, Math.min(options.responseTimeoutMs, options.enquireLinkMs));
      void outcome?.then((result) => {
        if (result.kind !== 'timeout' || session !== target) return;
        logger.warn(`${label}: no enquire_link_resp in time, the link is considered dead`);
        target.destroy();
      });
    }, options.enquireLinkMs);
    enquireTimer.unref();
  };

  const handleRequest = (target: SmppSession, pdu: Pdu) => {
    const reply = (fields: Record<string, unknown>) => {
      if (session === target) send(target, responseTo(pdu, fields));
    };
    if (pdu.command === 'enquire_link') return reply({});
    if (pdu.command === 'unbind') {
      logger.info(`${label}: the SMSC unbound`);
      bound = false;
      reply({});
      target.close();
      return;
    }
    if (pdu.command === 'deliver_sm' || pdu.command === 'data_sm') return onRequest(pdu, reply);
    if (pdu.command === 'alert_notification' || pdu.command === 'outbind') return; // no response defined
    reply({ command_status: 0x03 }); // ESME_RINVCMDID; generic_nack for unknown commands
  };

  const open = () => {
    if (closing) return;
    const target = connectSession(options.host, options.port);
    session = target;
    target.socket.setNoDelay(true);
    // A connect or bind that hangs (black-holed address) must not block reconnection forever.
    const bindTimer = setTimeout(() => target.destroy(), options.responseTimeoutMs * 2);
    bindTimer.unref();
    target.on('error', (error: Error) => logger.warn(`${label}: ${error.message}`));
    target.on('pdu', (pdu: Pdu) => {
      if (session !== target) return;
      if (isResponse(pdu)) pending.resolve(pdu);
      else handleRequest(target, pdu);
    });
    target.on('close', () => {
      clearTimeout(bindTimer);
      if (session !== target) return;
      const wasBound = bound;
      bound = false;
      session = undefined;
      if (enquireTimer) clearInterval(enquireTimer);
      enquireTimer = undefined;
      const lost = pending;
      pending = createPendingRequests();
      lost.failAll();
      if (wasBound) logger.warn(`${label}: connection closed`);
      scheduleReconnect();
    });
    target.on('connect', () => {
      const command = `bind_${mode}`;
      const outcome = request(
        target,
        command,
        {
          system_id: options.systemId,
          password: options.password,
          system_type: options.systemType,
          interface_version: INTERFACE_VERSION_34,
        },
        options.responseTimeoutMs
      );
      void outcome?.then((result) => {
        if (session !== target) return;
        clearTimeout(bindTimer);
        if (result.kind !== 'response' || result.pdu.command_status !== 0) {
          const why = result.kind === 'response' ? errorName(result.pdu.command_status) : result.kind;
          logger.error(`${label}: bind refused (${why})`);
          target.destroy();
          return;
        }
        bound = true;
        attempt = 0;
        logger.info(`${label}: bound`);
        startEnquireLink(target);
        settleWaiters(true);
      });
    });
  };

  open();

  return {
    mode,
    isBound: () => bound,
    waitBound(ms) {
      if (bound) return Promise.resolve(true);
      if (closing || ms <= 0) return Promise.resolve(false);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter !== done);
          resolve(false);
        }, ms);
        timer.unref();
        const done = (value: boolean) => {
          clearTimeout(timer);
          resolve(value);
        };
        waiters.push(done);
      });
    },
    write(command, fields, timeoutMs) {
      const target = session;
      if (!bound || !target) return { written: false };
      const outcome = request(target, command, fields, timeoutMs);
      return outcome ? { written: true, outcome } : { written: false };
    },
    async close() {
      closing = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      if (enquireTimer) clearInterval(enquireTimer);
      reconnectTimer = enquireTimer = undefined;
      settleWaiters(false);
      const target = session;
      if (target && bound) {
        bound = false;
        await request(target, 'unbind', {}, Math.min(1000, options.responseTimeoutMs));
        logger.info(`${label}: unbound`);
      }
      session = undefined;
      pending.failAll();
      if (target && !target.socket.destroyed) {
        await new Promise<void>((resolve) => {
          target.destroy(() => resolve());
          setTimeout(resolve, 200).unref();
        });
      }
    },
  };
}
