import { isGsm7 } from '../../core/gsm';
import { GSM7_BASIC_CHARACTERS, GSM7_EXTENSION_CHARACTERS } from '../../core/gsm';
import { splitIntoSegments } from '../../core/segments';
import type { Encoding } from '../../core/types';

/**
 * Message text ↔ SMPP `short_message` bytes. GSM-7 goes out unpacked (one septet per octet, the
 * SMSC packs), with data_coding 0: the `smpp` package would label it 0x01 (IA5), which many
 * SMSCs deliver as something else. UCS-2 is UTF-16 big-endian with data_coding 8.
 */
export const DATA_CODING = { GSM7: 0x00, IA5: 0x01, LATIN1: 0x03, BINARY: 0x04, UCS2: 0x08 } as const;
export const ESM_CLASS_UDHI = 0x40;

const ESCAPE = 0x1b;
/** Septet of each extension character, after the escape (3GPP TS 23.038 §6.2.1.1). */
const EXTENSION_SEPTETS = [0x0a, 0x14, 0x28, 0x29, 0x2f, 0x3c, 0x3d, 0x3e, 0x40, 0x65];

/** UTF-16 code unit → septet (basic) or 0x100 + septet (extension); -1 when not GSM-7. */
const TO_SEPTET: Int16Array = (() => {
  const table = new Int16Array(0x10000).fill(-1);
  for (let i = 0; i < GSM7_BASIC_CHARACTERS.length; i++) {
    // The basic table string leaves out 0x1B (the escape), so characters after it shift by one.
    table[GSM7_BASIC_CHARACTERS.charCodeAt(i)] = i < ESCAPE ? i : i + 1;
  }
  for (let i = 0; i < GSM7_EXTENSION_CHARACTERS.length; i++) {
    table[GSM7_EXTENSION_CHARACTERS.charCodeAt(i)] = 0x100 + EXTENSION_SEPTETS[i]!;
  }
  return table;
})();

const FROM_SEPTET: string[] = [];
const FROM_EXTENSION = new Map<number, string>();
for (let code = 0; code < 0x10000; code++) {
  const septet = TO_SEPTET[code]!;
  if (septet >= 0x100) FROM_EXTENSION.set(septet - 0x100, String.fromCharCode(code));
  else if (septet >= 0) FROM_SEPTET[septet] = String.fromCharCode(code);
}

/** GSM 03.38 septets, one per octet; a character outside GSM-7 becomes "?" (the caller checks first). */
export function encodeGsm7(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const septet = TO_SEPTET[text.charCodeAt(i)]!;
    if (septet >= 0x100) bytes.push(ESCAPE, septet - 0x100);
    else bytes.push(septet >= 0 ? septet : 0x3f);
  }
  return Buffer.from(bytes);
}

/** Unpacked septets to text; an escape before an unknown code reads as the basic character (TS 23.038). */
export function decodeGsm7(bytes: Buffer): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const septet = bytes[i]! & 0x7f;
    if (septet === ESCAPE && i + 1 < bytes.length) {
      const next = bytes[++i]! & 0x7f;
      text += FROM_EXTENSION.get(next) ?? FROM_SEPTET[next] ?? '?';
    } else text += FROM_SEPTET[septet] ?? '?';
  }
  return text;
}

export const encodeUcs2 = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

export const decodeUcs2 = (bytes: Buffer): string =>
  Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
    .swap16()
    .toString('utf16le');

/** Inbound text by data_coding (its low nibble, as the class bits of 0xF_ codings are not text). */
export function decodeText(bytes: Buffer, dataCoding: number): string {
  if ((dataCoding & 0xf0) === 0xf0) return (dataCoding & 0x04) === 0 ? decodeGsm7(bytes) : bytes.toString('latin1');
  switch (dataCoding & 0x0f) {
    case DATA_CODING.GSM7:
      return decodeGsm7(bytes);
    case DATA_CODING.UCS2:
      return decodeUcs2(bytes);
    case DATA_CODING.IA5:
      return bytes.toString('ascii');
    default:
      return bytes.toString('latin1');
  }
}

export interface EncodedMessage {
  encoding: Encoding;
  dataCoding: number;
  esmClass: number;
  /** `short_message` of each part, UDH included when there are several. */
  parts: Buffer[];
  /** The message asked for GSM-7 but holds characters outside it: sent as UCS-2 instead. */
  switchedToUcs2: boolean;
}

/**
 * The parts of one message. Several parts carry a concatenation UDH (IEI 0x00, 8-bit
 * `reference`, total, number) and esm_class 0x40; the reference is the caller's, one per message.
 */
export function encodeMessage(input: string, requested: Encoding | undefined, reference: number): EncodedMessage {
  const text = input.normalize('NFC');
  const gsm = isGsm7(text);
  const encoding: Encoding = requested === 'UCS-2' || !gsm ? 'UCS-2' : 'GSM-7';
  const texts = splitIntoSegments(text, encoding);
  if (texts.length === 0) texts.push('');
  const encode = encoding === 'GSM-7' ? encodeGsm7 : encodeUcs2;
  const single = texts.length === 1;
  const parts = texts.map((part, index) => {
    const body = encode(part);
    if (single) return body;
    const udh = Buffer.from([0x05, 0x00, 0x03, reference & 0xff, texts.length, index + 1]);
    return Buffer.concat([udh, body]);
  });
  return {
    encoding,
    dataCoding: encoding === 'GSM-7' ? DATA_CODING.GSM7 : DATA_CODING.UCS2,
    esmClass: single ? 0 : ESM_CLASS_UDHI,
    parts,
    switchedToUcs2: requested === 'GSM-7' && !gsm,
  };
}

export interface UserDataHeader {
  reference: number;
  total: number;
  sequence: number;
}

/**
 * Splits `short_message` into its UDH concatenation info (IEI 0x00 8-bit or 0x08 16-bit
 * reference) and the text bytes. Without UDHI the whole buffer is text.
 */
export function splitUserData(bytes: Buffer, esmClass: number): { concat?: UserDataHeader; body: Buffer } {
  if ((esmClass & ESM_CLASS_UDHI) === 0 || bytes.length === 0) return { body: bytes };
  const headerLength = bytes[0]! + 1;
  if (headerLength > bytes.length) return { body: bytes };
  let concat: UserDataHeader | undefined;
  for (let offset = 1; offset + 1 < headerLength; ) {
    const iei = bytes[offset]!;
    const length = bytes[offset + 1]!;
    const data = bytes.subarray(offset + 2, offset + 2 + length);
    if (iei === 0x00 && length === 3) concat = { reference: data[0]!, total: data[1]!, sequence: data[2]! };
    if (iei === 0x08 && length === 4) {
      concat = { reference: data.readUInt16BE(0), total: data[2]!, sequence: data[3]! };
    }
    offset += 2 + length;
  }
  return { concat, body: bytes.subarray(headerLength) };
}
