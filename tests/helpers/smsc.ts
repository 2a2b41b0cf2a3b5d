import type { AddressInfo } from 'node:net';
import type { SmppState } from '../../server/src/core/receipts';
import { encodeGsm7, encodeUcs2, splitUserData } from '../../server/src/providers/smpp/encoding';
import {
  createPdu,
  createSmppServer,
  rawBytes,
  responseTo,
  type Pdu,
  type SmppSession,
} from '../../server/src/providers/smpp/lib';

/**
 * A loopback SMSC on the `smpp` package's server mode, for the provider's tests, the dispatch
 * engine's reliability tests and the benchmark. It listens on 127.0.0.1, on a random port,
 * logs every submit_sm it receives, answers with message ids in hex or decimal, sends receipts in
 * the TLV, text or a variant text form, and can misbehave on demand (throttle, queue full, drop
 * the connection, stall, stop answering enquire_link, refuse chosen submits).
 */

export type ReceiptForm = 'tlv' | 'text' | 'text-variant';
export type IdFormat = 'hex' | 'decimal';

export interface SmscReceipts {
  /** Delay between the submit_sm_resp and its receipt. Default 0. */
  delayMs?: number;
  /** The state of a destination's receipt. Default DELIVRD. */
  stat?: (destination: string) => SmppState;
  /** `err:` (or network_error_code) of a destination's receipt. Default "000". */
  err?: (destination: string) => string;
  form?: ReceiptForm;
}

export interface SmscOptions {
  systemId?: string;
  password?: string;
  /** Receipts for submits asking for one (registered_delivery & 1); false: none. Default: none. */
  receipts?: SmscReceipts | false;
  idFormat?: IdFormat;
  /** The id base receipts use; differs from `idFormat` to test mixed gateways. Default idFormat. */
  receiptIdFormat?: IdFormat;
  /** Every n-th submit_sm (counted over all sessions) is answered ESME_RTHROTTLED. */
  throttleEvery?: number;
  /** Every n-th submit_sm is answered ESME_RMSGQFUL. */
  queueFullEvery?: number;
  /** A command_status for chosen submits (0 / undefined: accept). Checked before the counters. */
  refuse?: (submit: SubmitRecord) => number | undefined;
  /** After n submits answered, the next one closes its connection unanswered (once). */
  dropAfter?: number;
  /** After n submits answered, nothing is answered for `stallMs` (once); then late answers go out. */
  stallAfter?: number;
  stallMs?: number;
  /** Delay before each submit_sm_resp (so that submits pile up in flight). Default 0. */
  respondDelayMs?: number;
  /**
   * As a real SMSC does: a receipt that no bound receiver acknowledged (none bound, or the
   * connection closed first) is kept and delivered again when a receiver binds.
   */
  holdReceipts?: boolean;
}

export interface SubmitRecord {
  /** Order of arrival over all sessions, from 0. */
  index: number;
  session: number;
  destination: string;
  source: string;
  sourceTon: number;
  sourceNpi: number;
  /** `short_message` exactly as received, UDH included. */
  shortMessage: Buffer;
  /** The text bytes without the UDH. */
  body: Buffer;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  udh?: { reference: number; total: number; sequence: number };
  /** The id the SMSC answered with; undefined when it refused or never answered. */
  messageId?: string;
  commandStatus?: number;
  at: number;
}

export interface BindRecord {
  session: number;
  command: string;
  systemId: string;
  password: string;
  systemType: string;
  interfaceVersion: number;
  status: number;
  at: number;
}

export interface DeliverOptions {
  to?: string;
  /** 0 GSM-7 (default), 8 UCS-2, 3 Latin-1, 1 IA5. */
  dataCoding?: 0 | 1 | 3 | 8;
  /** Split into this many concatenated parts (UDH IEI 0x00). */
  parts?: number;
  reference?: number;
  sourceTon?: number;
}

export interface Smsc {
  url: string;
  port: number;
  submits: SubmitRecord[];
  binds: BindRecord[];
  /** Highest number of submit_sm a session had received and not yet answered. */
  readonly maxInFlight: number;
  /** Receipts waiting for a receiver (holdReceipts). */
  readonly heldReceipts: number;
  readonly enquireLinks: number;
  /** Stops (false) or resumes (true) answering enquire_link. */
  answerEnquireLink: boolean;
  /** Sends an MO to a bound receiver; resolves with the deliver_sm_resp command_status. */
  deliver(from: string, text: string, options?: DeliverOptions): Promise<number>;
  /** Sends any deliver_sm (receipt variants); resolves with the deliver_sm_resp command_status. */
  deliverPdu(fields: Record<string, unknown>): Promise<number>;
  /** The deliver_sm_resp of every deliver_sm sent, in order. */
  deliverResponses: { status: number; at: number }[];
  /** Closes every client connection (the server keeps listening). */
  dropConnections(): void;
  readonly sessions: number;
  close(): Promise<void>;
}

const STATE_NUMBER: Record<SmppState, number> = {
  ENROUTE: 1,
  DELIVRD: 2,
  EXPIRED: 3,
  DELETED: 4,
  UNDELIV: 5,
  ACCEPTD: 6,
  UNKNOWN: 7,
  REJECTD: 8,
};

const formatId = (n: number, format: IdFormat) =>
  format === 'hex' ? n.toString(16).toUpperCase().padStart(10, '0') : String(n);

const smppDate = (date: Date, seconds: boolean) => {
  const two = (n: number) => String(n).padStart(2, '0');
  const base =
    two(date.getUTCFullYear() % 100) +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes());
  return seconds ? base + two(date.getUTCSeconds()) : base;
};

export async function startSmsc(options: SmscOptions = {}): Promise<Smsc> {
  const systemId = options.systemId ?? 'test';
  const password = options.password ?? 'secret';
  const idFormat = options.idFormat ?? 'hex';
  const receiptIdFormat = options.receiptIdFormat ?? idFormat;
  const receipts = options.receipts || undefined;
  const timers = new Set<NodeJS.Timeout>();
  const submits: SubmitRecord[] = [];
  const binds: BindRecord[] = [];
  const deliverResponses: { status: number; at: number }[] = [];
  const bound = new Map<SmppSession, { id: number; mode: string }>();
  const inFlight = new Map<SmppSession, number>();
  const states = new Map<string, { state: SmppState; at: Date }>();
  let nextSession = 0;
  let nextId = 0x1000;
  let answered = 0;
  let maxInFlight = 0;
  let enquireLinks = 0;
  let dropped = false;
  let stallUntil = 0;
  const stalled: (() => void)[] = [];

  const later = (ms: number, task: () => void) => {
    if (ms <= 0) return task();
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, ms);
    timers.add(timer);
  };

  const send = (session: SmppSession, pdu: Pdu) => {
    if (session.socket.writable) session.send(pdu);
  };

  const receiver = (preferred?: SmppSession) => {
    const canReceive = (mode: string) => mode === 'bind_transceiver' || mode === 'bind_receiver';
    if (preferred && canReceive(bound.get(preferred)?.mode ?? '')) return preferred;
    return [...bound.entries()].find(([, info]) => canReceive(info.mode))?.[0];
  };

  /** deliver_sm awaiting their resp, per session, by sequence number. */
  const delivering = new Map<
    SmppSession,
    Map<number, { resolve: (status: number) => void; reject: (e: Error) => void }>
  >();

  const deliverPdu = (fields: Record<string, unknown>, preferred?: SmppSession) =>
    new Promise<number>((resolve, reject) => {
      const target = receiver(preferred);
      if (!target) return reject(new Error('no bound receiver'));
      const pdu = createPdu('deliver_sm', fields);
      if (!target.send(pdu)) return reject(new Error('receiver not writable'));
      // The package numbered the PDU as it sent it; its resp is matched on that number.
      let waiting = delivering.get(target);
      if (!waiting) delivering.set(target, (waiting = new Map()));
      waiting.set(pdu.sequence_number, { resolve, reject });
    });

  /** Receipts waiting for a receiver (holdReceipts). */
  const held: Record<string, unknown>[] = [];
  const deliverReceipt = (fields: Record<string, unknown>, preferred?: SmppSession) => {
    deliverPdu(fields, preferred).then(
      (status) => {
        if (status !== 0 && options.holdReceipts) held.push(fields);
      },
      () => {
        if (options.holdReceipts) held.push(fields);
      }
    );
  };
  const releaseHeld = () => {
    for (const fields of held.splice(0, held.length)) deliverReceipt(fields);
  };
  // Receipts refused (ESME_RSYSERR) or unanswered are tried again, as SMSCs do.
  const retryHeld = setInterval(() => {
    if (held.length > 0 && receiver()) releaseHeld();
  }, 500);
  retryHeld.unref();

  const onDeliverResp = (session: SmppSession, pdu: Pdu) => {
    const waiter = delivering.get(session)?.get(pdu.sequence_number);
    if (!waiter) return;
    delivering.get(session)!.delete(pdu.sequence_number);
    deliverResponses.push({ status: pdu.command_status, at: Date.now() });
    waiter.resolve(pdu.command_status);
  };

  const receiptFields = (record: SubmitRecord, id: number, config: SmscReceipts) => {
    const state = config.stat?.(record.destination) ?? 'DELIVRD';
    const err = config.err?.(record.destination) ?? '000';
    const receiptId = formatId(id, receiptIdFormat);
    const now = new Date();
    states.set(normalise(formatId(id, idFormat)), { state, at: now });
    const submitted = new Date(record.at);
    const sample = record.body.subarray(0, 20).toString('latin1');
    let text = '';
    if (config.form === 'text-variant') {
      text = `stat:${state} err:${err} id:${receiptId.toLowerCase()} submitdate:${smppDate(submitted, true)} donedate:${smppDate(now, true)} Text:${sample}\u0000`;
    } else if (config.form !== 'tlv') {
      text = `id:${receiptId} sub:001 dlvrd:${state === 'DELIVRD' ? '001' : '000'} submit date:${smppDate(submitted, false)} done date:${smppDate(now, false)} stat:${state} err:${err} text:${sample}`;
    }
    const fields: Record<string, unknown> = {
      source_addr_ton: 1,
      source_addr_npi: 1,
      source_addr: record.destination,
      destination_addr: record.source,
      esm_class: 0x04,
      data_coding: 0,
      short_message: Buffer.from(text, 'latin1'),
    };
    if (config.form === 'tlv') {
      fields.receipted_message_id = receiptId;
      fields.message_state = STATE_NUMBER[state];
      fields.network_error_code = Buffer.from([3, 0, Number(err) || 0]);
    }
    return fields;
  };

  const answerSubmit = (session: SmppSession, pdu: Pdu, record: SubmitRecord) => {
    const status =
      options.refuse?.(record) ||
      (options.throttleEvery && (record.index + 1) % options.throttleEvery === 0 ? 0x58 : 0) ||
      (options.queueFullEvery && (record.index + 1) % options.queueFullEvery === 0 ? 0x14 : 0) ||
      0;
    const respond = () => {
      inFlight.set(session, (inFlight.get(session) ?? 1) - 1);
      if (!session.socket.writable) return;
      record.commandStatus = status;
      if (status !== 0) return send(session, responseTo(pdu, { command_status: status }));
      const id = nextId++;
      record.messageId = formatId(id, idFormat);
      send(session, responseTo(pdu, { message_id: record.messageId }));
      if (receipts && (record.registeredDelivery & 0x01) === 1) {
        later(receipts.delayMs ?? 0, () => deliverReceipt(receiptFields(record, id, receipts), session));
      }
    };
    later(options.respondDelayMs ?? 0, () => {
      if (Date.now() < stallUntil) stalled.push(respond);
      else respond();
    });
  };

  const onSubmit = (session: SmppSession, pdu: Pdu) => {
    const shortMessage = Buffer.from(rawBytes(pdu.short_message) ?? Buffer.alloc(0));
    const esmClass = Number(pdu.esm_class ?? 0);
    const { concat, body } = splitUserData(shortMessage, esmClass);
    const record: SubmitRecord = {
      index: submits.length,
      session: bound.get(session)!.id,
      destination: String(pdu.destination_addr ?? ''),
      source: String(pdu.source_addr ?? ''),
      sourceTon: Number(pdu.source_addr_ton ?? 0),
      sourceNpi: Number(pdu.source_addr_npi ?? 0),
      shortMessage,
      body: Buffer.from(body),
      dataCoding: Number(pdu.data_coding ?? 0),
      esmClass,
      registeredDelivery: Number(pdu.registered_delivery ?? 0),
      udh: concat,
      at: Date.now(),
    };
    submits.push(record);
    if (options.dropAfter !== undefined && !dropped && answered >= options.dropAfter) {
      dropped = true;
      session.destroy();
      return;
    }
    if (options.stallAfter !== undefined && stallUntil === 0 && answered >= options.stallAfter) {
      stallUntil = Date.now() + (options.stallMs ?? 1000);
      later(options.stallMs ?? 1000, () => {
        for (const respond of stalled.splice(0)) respond();
      });
    }
    answered++;
    const count = (inFlight.get(session) ?? 0) + 1;
    inFlight.set(session, count);
    maxInFlight = Math.max(maxInFlight, count);
    answerSubmit(session, pdu, record);
  };

  const onBind = (session: SmppSession, pdu: Pdu, id: number) => {
    const ok = pdu.system_id === systemId && pdu.password === password;
    const status = ok ? 0 : 0x0e; // ESME_RINVPASWD
    binds.push({
      session: id,
      command: pdu.command,
      systemId: String(pdu.system_id ?? ''),
      password: String(pdu.password ?? ''),
      systemType: String(pdu.system_type ?? ''),
      interfaceVersion: Number(pdu.interface_version ?? 0),
      status,
      at: Date.now(),
    });
    if (ok) bound.set(session, { id, mode: pdu.command });
    send(session, ok ? responseTo(pdu, { system_id: 'loopback' }) : responseTo(pdu, { command_status: status }));
    if (!ok) session.close();
    else if (pdu.command !== 'bind_transmitter') later(50, releaseHeld);
  };

  const onQuery = (session: SmppSession, pdu: Pdu) => {
    const known = states.get(normalise(String(pdu.message_id ?? '')));
    if (!known) return send(session, responseTo(pdu, { command_status: 0x0c })); // ESME_RINVMSGID
    send(
      session,
      responseTo(pdu, {
        message_id: pdu.message_id,
        final_date: known.at,
        message_state: STATE_NUMBER[known.state],
        error_code: 0,
      })
    );
  };

  const server = createSmppServer((session) => {
    const id = nextSession++;
    session.on('error', () => undefined);
    session.on('close', () => {
      bound.delete(session);
      for (const waiter of delivering.get(session)?.values() ?? []) {
        waiter.reject(new Error('receiver closed before deliver_sm_resp'));
      }
      delivering.delete(session);
    });
    session.on('pdu', (pdu: Pdu) => {
      if (pdu.command_id & 0x80000000) return onDeliverResp(session, pdu);
      if (Date.now() < stallUntil && pdu.command !== 'submit_sm') return;
      switch (pdu.command) {
        case 'bind_transceiver':
        case 'bind_transmitter':
        case 'bind_receiver':
          return onBind(session, pdu, id);
        case 'enquire_link':
          enquireLinks++;
          if (smsc.answerEnquireLink) send(session, responseTo(pdu));
          return;
        case 'unbind':
          send(session, responseTo(pdu));
          bound.delete(session);
          return session.close();
        case 'submit_sm':
          if (!bound.has(session)) return send(session, responseTo(pdu, { command_status: 0x04 }));
          return onSubmit(session, pdu);
        case 'query_sm':
          return onQuery(session, pdu);
        case 'unknown':
          return send(session, responseTo(pdu)); // generic_nack, ESME_RINVCMDID
        default:
          return send(session, responseTo(pdu, { command_status: 0x03 }));
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const smsc: Smsc = {
    url: `smpp://${encodeURIComponent(systemId)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    port,
    submits,
    binds,
    get heldReceipts() {
      return held.length;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get enquireLinks() {
      return enquireLinks;
    },
    answerEnquireLink: true,
    deliver(from, text, deliverOptions = {}) {
      const dataCoding = deliverOptions.dataCoding ?? 0;
      const encode = (part: string) =>
        dataCoding === 8
          ? encodeUcs2(part)
          : dataCoding === 0
            ? encodeGsm7(part)
            : Buffer.from(part, dataCoding === 1 ? 'ascii' : 'latin1');
      const count = deliverOptions.parts ?? 1;
      const size = Math.ceil(text.length / count);
      const base = {
        source_addr_ton: deliverOptions.sourceTon ?? 1,
        source_addr_npi: 1,
        source_addr: from.replace(/^\+/, ''),
        dest_addr_ton: 0,
        destination_addr: deliverOptions.to ?? '36184',
        data_coding: dataCoding,
      };
      if (count === 1) return deliverPdu({ ...base, esm_class: 0, short_message: encode(text) });
      const reference = deliverOptions.reference ?? 7;
      const sends = Array.from({ length: count }, (_, i) => {
        const udh = Buffer.from([0x05, 0x00, 0x03, reference, count, i + 1]);
        const body = encode(text.slice(i * size, (i + 1) * size));
        return () => deliverPdu({ ...base, esm_class: 0x40, short_message: Buffer.concat([udh, body]) });
      });
      return sends.reduce<Promise<number>>((previous, next) => previous.then(next), Promise.resolve(0));
    },
    deliverPdu: (fields) => deliverPdu(fields),
    deliverResponses,
    dropConnections() {
      for (const session of [...server.sessions]) session.destroy();
    },
    get sessions() {
      return server.sessions.length;
    },
    async close() {
      clearInterval(retryHeld);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const session of [...server.sessions]) session.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return smsc;
}

const normalise = (id: string) =>
  id
    .trim()
    .toLowerCase()
    .replace(/^0+(?=.)/, '');
