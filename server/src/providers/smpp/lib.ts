import type { EventEmitter } from 'node:events';
import type { Server as NetServer, Socket } from 'node:net';

/**
 * A typed layer over the untyped npm `smpp` package (0.5.1), limited to what the provider and
 * the loopback SMSC use. Everything else about the package stays behind this file.
 */

/** A decoded PDU: the header, then whatever fields and TLVs its command carries. */
export interface Pdu {
  command: string;
  command_id: number;
  command_status: number;
  sequence_number: number;
  [field: string]: unknown;
}

/** What the package's message filter turns `short_message` / `message_payload` into. */
export interface DecodedMessage {
  message: string | Buffer;
  udh?: Buffer[];
  /** The bytes as received (UDH included), kept by the patch below. */
  raw?: Buffer;
}

export interface SmppSession extends EventEmitter {
  socket: Socket;
  send(pdu: Pdu): boolean;
  pause(): void;
  resume(): void;
  close(callback?: () => void): void;
  destroy(callback?: () => void): void;
}

export interface SmppServer extends NetServer {
  sessions: SmppSession[];
}

interface PduConstructor {
  new (
    command: string,
    options?: Record<string, unknown>
  ): Pdu & {
    response(options?: Record<string, unknown>): Pdu;
    isResponse(): boolean;
  };
}

interface MessageFilter {
  encode(this: Pdu, value: unknown): unknown;
  decode(this: Pdu, value: unknown, skipUdh?: boolean): unknown;
  rawKept?: boolean;
}

interface SmppModule {
  connect(options: { host: string; port: number }): SmppSession;
  createServer(listener: (session: SmppSession) => void): SmppServer;
  PDU: PduConstructor;
  errors: Record<string, number>;
  filters: { message: MessageFilter };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const smpp = require('smpp') as SmppModule;

/*
 * The package decodes `short_message` by data_coding, and decodes data_coding 1 (IA5/ASCII) with
 * the GSM table, losing bytes it does not know. Receipts, inbound text and the SMSC's submit log
 * need the bytes themselves, so the decoder also keeps them, as a non-enumerable `raw` field.
 * Additive and idempotent: the package's own result is unchanged.
 */
const filter = smpp.filters.message;
if (!filter.rawKept) {
  const decode = filter.decode;
  filter.decode = function decodeKeepingRaw(this: Pdu, value: unknown, skipUdh?: boolean) {
    const result = decode.call(this, value, skipUdh);
    if (Buffer.isBuffer(value) && result && typeof result === 'object' && !Buffer.isBuffer(result)) {
      Object.defineProperty(result, 'raw', { value, enumerable: false });
    }
    return result;
  };
  filter.rawKept = true;
}

export const SMPP_ERRORS: Readonly<Record<string, number>> = smpp.errors;

const ERROR_NAMES = new Map<number, string>(Object.entries(smpp.errors).map(([name, code]) => [code, name]));

/** `ESME_RTHROTTLED` for 0x58, else the status as `0x` + 8 hex digits (vendor codes). */
export const errorName = (status: number): string =>
  ERROR_NAMES.get(status) ?? `0x${status.toString(16).padStart(8, '0')}`;

export const createPdu = (command: string, fields: Record<string, unknown> = {}): Pdu => new smpp.PDU(command, fields);

/** The response to `request` (generic_nack for a command the package does not know). */
export const responseTo = (request: Pdu, fields: Record<string, unknown> = {}): Pdu =>
  (request as InstanceType<PduConstructor>).response(fields);

export const isResponse = (pdu: Pdu): boolean => (pdu.command_id & 0x80000000) !== 0;

export const connectSession = (host: string, port: number): SmppSession => smpp.connect({ host, port });

export const createSmppServer = (listener: (session: SmppSession) => void): SmppServer => smpp.createServer(listener);

/** The raw bytes of a decoded `short_message` / `message_payload`, UDH included. */
export const rawBytes = (value: unknown): Buffer | undefined => {
  if (Buffer.isBuffer(value)) return value;
  if (value && typeof value === 'object') {
    const raw = (value as DecodedMessage).raw;
    if (Buffer.isBuffer(raw)) return raw;
  }
  return undefined;
};
