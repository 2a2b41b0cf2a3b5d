import type { DeliveryReceipt } from '../../types';
import { startHarness, sms, until, type Harness } from './harness';

jest.setTimeout(10_000);

describe('Given receipts and replies from the loopback SMSC', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('When the receipt uses TLVs, Then it names the id the submit returned, with status 21', async () => {
    h = await startHarness({ receipts: { form: 'tlv' } });
    const [result] = await h.gateway.send([sms('hello')]);
    await until(() => h!.receipts.length === 1);
    expect(h.receipts[0]).toMatchObject({
      providerMessageId: result!.providerMessageId,
      statusCode: 21,
      errorCode: '0',
    });
  });

  it('When submit ids are hex and receipt ids decimal, Then alternateIds holds the submit id', async () => {
    h = await startHarness({ idFormat: 'hex', receiptIdFormat: 'decimal', receipts: { form: 'text' } });
    const [result] = await h.gateway.send([sms('hello')]);
    await until(() => h!.receipts.length === 1);
    const receipt = h.receipts[0]!;
    expect(receipt.providerMessageId).not.toBe(result!.providerMessageId);
    expect(receipt.alternateIds).toContain(result!.providerMessageId);
    expect(receipt.statusCode).toBe(21);
    expect(Math.abs(receipt.at.getTime() - Date.now())).toBeLessThan(120_000);
  });

  it('When submit ids are decimal and receipts hex, Then alternateIds holds the decimal id', async () => {
    h = await startHarness({ idFormat: 'decimal', receiptIdFormat: 'hex', receipts: { form: 'tlv' } });
    const [result] = await h.gateway.send([sms('hello')]);
    await until(() => h!.receipts.length === 1);
    expect(h.receipts[0]!.alternateIds).toContain(result!.providerMessageId);
  });

  it('When the receipt is a text variant with an MAP error, Then UNDELIV err 001 reads as unallocated (29)', async () => {
    h = await startHarness({ receipts: { form: 'text-variant', stat: () => 'UNDELIV', err: () => '001' } });
    const results = await h.gateway.send([sms('a'.repeat(200))]);
    await until(() => h!.receipts.length === 2);
    expect(h.receipts.map((r) => r.providerMessageId).sort()).toEqual([...results[0]!.partIds!].sort());
    expect(h.receipts.every((r) => r.statusCode === 29 && r.errorCode === '001')).toBe(true);
  });

  it('reads a receipt whose done date names another day, in UTC', async () => {
    h = await startHarness();
    await h.gateway.waitBound(3000);
    const status = await h.smsc.deliverPdu({
      esm_class: 0x04,
      source_addr: '33600000000',
      short_message: Buffer.from(
        'id:00AB sub:001 dlvrd:000 submit date:2401020304 done date:2401020305 stat:EXPIRED err:000 text:'
      ),
    });
    expect(status).toBe(0);
    expect(h.receipts[0]).toMatchObject({
      providerMessageId: 'ab',
      statusCode: 22,
      at: new Date('2024-01-02T03:05:00Z'),
    });
  });

  it('answers deliver_sm_resp only after onReceipt resolved, and ESME_RSYSERR when it throws', async () => {
    let resolvedAt = 0;
    let fail = false;
    h = await startHarness(
      {},
      {},
      {
        onReceipt: async (_receipt: DeliveryReceipt) => {
          await new Promise((resolve) => setTimeout(resolve, 200));
          if (fail) throw new Error('database down');
          resolvedAt = Date.now();
        },
      }
    );
    await h.gateway.waitBound(3000);
    const receipt = { esm_class: 0x04, short_message: Buffer.from('id:1 stat:DELIVRD err:000') };
    expect(await h.smsc.deliverPdu(receipt)).toBe(0);
    expect(resolvedAt).toBeGreaterThan(0);
    expect(h.smsc.deliverResponses[0]!.at).toBeGreaterThanOrEqual(resolvedAt);
    fail = true;
    expect(await h.smsc.deliverPdu(receipt)).toBe(0x08);
    expect(h.logs.some((line) => line.includes('database down'))).toBe(true);
  });

  it('decodes replies: GSM-7, UCS-2, Latin-1, IA5, and a concatenated reply in one piece', async () => {
    h = await startHarness();
    await h.gateway.waitBound(3000);
    await h.smsc.deliver('+33611111111', 'STOP é€[1]');
    await h.smsc.deliver('33622222222', 'Ça va 😀', { dataCoding: 8 });
    await h.smsc.deliver('33633333333', 'très', { dataCoding: 3 });
    await h.smsc.deliver('33644444444', 'a@b_c', { dataCoding: 1 });
    await h.smsc.deliver('33655555555', 'x'.repeat(150) + 'END', { parts: 2 });
    expect(h.inbound.map((m) => [m.from, m.to, m.text])).toEqual([
      ['+33611111111', '36184', 'STOP é€[1]'],
      ['+33622222222', '36184', 'Ça va 😀'],
      ['+33633333333', '36184', 'très'],
      ['+33644444444', '36184', 'a@b_c'],
      ['+33655555555', '36184', 'x'.repeat(150) + 'END'],
    ]);
    expect(h.inbound[0]!.at).toBeInstanceOf(Date);
  });

  it('queryStatus reads message_state, and null for a message the SMSC does not know', async () => {
    h = await startHarness({ receipts: { form: 'tlv' } });
    const [result] = await h.gateway.send([sms('hello')]);
    await until(() => h!.receipts.length === 1);
    await expect(h.gateway.queryStatus(result!.providerMessageId!)).resolves.toMatchObject({
      providerMessageId: result!.providerMessageId,
      statusCode: 21,
    });
    await expect(h.gateway.queryStatus('deadbeef')).resolves.toBeNull();
  });
});

describe('Given a transmitter + receiver bind', () => {
  it('submits on the transmitter and takes receipts on the receiver', async () => {
    const h = await startHarness({ receipts: { form: 'tlv' } }, { bind: 'transmitter+receiver' });
    try {
      expect(await h.gateway.waitBound(3000)).toBe(true);
      expect(h.smsc.binds.map((b) => b.command).sort()).toEqual(['bind_receiver', 'bind_transmitter']);
      const [result] = await h.gateway.send([sms('two links')]);
      await until(() => h.receipts.length === 1);
      expect(h.receipts[0]!.providerMessageId).toBe(result!.providerMessageId);
    } finally {
      await h.stop();
    }
  });
});
