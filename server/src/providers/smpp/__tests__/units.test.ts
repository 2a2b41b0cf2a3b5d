import { STATUS } from '../../../core/status';
import { sourceAddress } from '../addresses';
import { decodeText, encodeGsm7 } from '../encoding';
import { messageIdForms, normalizeMessageId } from '../message-id';
import { parseSmppOptions } from '../options';
import { parseReceiptDate, parseReceiptText } from '../receipts';
import { refusalOf } from '../submit-errors';

describe('Given message ids', () => {
  it('normalises case, padding, spaces and NULs', () => {
    expect(normalizeMessageId(' 00001A2B\u0000')).toBe('1a2b');
    expect(normalizeMessageId('000')).toBe('0');
  });
  it('gives the other readings: decimal → hex, hex → decimal, digits-only both', () => {
    expect(messageIdForms('1A2B')).toEqual(['1a2b', String(0x1a2b)]);
    expect(messageIdForms('0000000255')).toEqual(['255', 'ff', '597']);
    expect(messageIdForms('msg-42')).toEqual(['msg-42']);
    expect(messageIdForms('123456789012345678901234567890')).toContain('18ee90ff6c373e0ee4e3f0ad2');
  });
});

describe('Given receipt texts', () => {
  it('reads the SMPP 3.4 appendix B form', () => {
    expect(
      parseReceiptText(
        'id:0123456789 sub:001 dlvrd:001 submit date:2403011200 done date:2403011201 stat:DELIVRD err:000 text:Hello id:x'
      )
    ).toEqual({
      id: '0123456789',
      sub: '001',
      dlvrd: '001',
      submitDate: '2403011200',
      doneDate: '2403011201',
      stat: 'DELIVRD',
      err: '000',
      text: 'Hello id:x',
    });
  });
  it('reads variants: other order, seconds, submitdate:, no sub/dlvrd, Text:, lower case, trailing NUL', () => {
    const parsed = parseReceiptText(
      'STAT:undeliv err:001 ID:ab12 submitdate:240301120000 donedate:240301120159 Text:x\u0000'
    );
    expect(parsed).toMatchObject({ id: 'ab12', stat: 'undeliv', err: '001', doneDate: '240301120159', text: 'x' });
    expect(parsed!.sub).toBeUndefined();
    expect(parseReceiptText('hello there')).toBeUndefined();
  });
  it('reads done dates as UTC, or in the configured zone', () => {
    expect(parseReceiptDate('2403011201')!.toISOString()).toBe('2024-03-01T12:01:00.000Z');
    expect(parseReceiptDate('240301120159')!.toISOString()).toBe('2024-03-01T12:01:59.000Z');
    expect(parseReceiptDate('2407011201', 'Europe/Paris')!.toISOString()).toBe('2024-07-01T10:01:00.000Z');
    expect(parseReceiptDate('2413011201')).toBeUndefined();
    expect(parseReceiptDate(undefined)).toBeUndefined();
  });
});

describe('Given the options', () => {
  it('reads url credentials percent-decoded, with defaults', () => {
    const options = parseSmppOptions({ url: 'smpp://my%20id:p%40ss@smsc.example:2776' });
    expect(options).toMatchObject({
      host: 'smsc.example',
      port: 2776,
      systemId: 'my id',
      password: 'p@ss',
      bind: 'transceiver',
      window: 10,
      tps: 0,
      responseTimeoutMs: 10_000,
      enquireLinkMs: 30_000,
      registeredDelivery: 1,
      connectWaitMs: 10_000,
      reconnect: { initialMs: 500, maxMs: 30_000 },
    });
  });
  it('refuses a bad url or a missing host without echoing the password', () => {
    expect(() => parseSmppOptions({ url: 'http://a:secret@b:1' })).toThrow(/smpp:\/\//);
    expect(() => parseSmppOptions({ url: 'http://a:secret@b:1' })).not.toThrow(/secret/);
    expect(() => parseSmppOptions({})).toThrow(/url or host/);
    expect(() => parseSmppOptions({ host: 'h', systemId: 's', window: 0 })).toThrow(/window/);
    expect(() => parseSmppOptions({ host: 'h', systemId: 's', receiptTimeZone: 'Mars/Base' })).toThrow(
      /receiptTimeZone/
    );
  });
});

describe('Given submit refusals', () => {
  it('retries throttling and a full queue, and maps permanent errors to Annexe 3', () => {
    expect(refusalOf(0x58)).toEqual({ retryable: true, code: 'ESME_RTHROTTLED' });
    expect(refusalOf(0x14)).toEqual({ retryable: true, code: 'ESME_RMSGQFUL' });
    expect(refusalOf(0x0b)).toEqual({
      retryable: false,
      code: 'ESME_RINVDSTADR',
      statusCode: STATUS.DESTINATION_NOT_ALLOWED,
    });
    expect(refusalOf(0x0a)).toMatchObject({ statusCode: STATUS.SMS_REJECTED });
    expect(refusalOf(0x401)).toEqual({ retryable: false, code: '0x00000401', statusCode: STATUS.OPERATOR_REJECTION });
  });
});

describe('Given addresses and text codings', () => {
  it('picks TON/NPI from the sender unless configured', () => {
    expect(sourceAddress('ACME')).toEqual({ addr: 'ACME', ton: 5, npi: 0 });
    expect(sourceAddress('+33612345678')).toEqual({ addr: '33612345678', ton: 1, npi: 1 });
    expect(sourceAddress('36184')).toEqual({ addr: '36184', ton: 3, npi: 0 });
    expect(sourceAddress('ACME', 0, 1)).toEqual({ addr: 'ACME', ton: 0, npi: 1 });
  });
  it('decodes GSM-7, UCS-2, Latin-1 and IA5', () => {
    expect(decodeText(encodeGsm7('Prix: 5€ [ok] é'), 0)).toBe('Prix: 5€ [ok] é');
    expect(decodeText(Buffer.from('00e7d83dde00', 'hex'), 8)).toBe('ç😀');
    expect(decodeText(Buffer.from('ça', 'latin1'), 3)).toBe('ça');
    expect(decodeText(Buffer.from('a@_', 'ascii'), 1)).toBe('a@_');
  });
});
