import { startHarness, sms, type Harness } from './harness';

jest.setTimeout(10_000);

describe('Given the smpp provider bound to a loopback SMSC', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it('binds as a transceiver with the url credentials (percent-decoded), SMPP 3.4, and never logs the password', async () => {
    expect(await h.gateway.waitBound(3000)).toBe(true);
    expect(h.smsc.binds).toEqual([
      expect.objectContaining({
        command: 'bind_transceiver',
        systemId: 'esme1',
        password: 'p@ss:wd',
        status: 0,
        interfaceVersion: 0x34,
      }),
    ]);
    expect(h.logs.some((line) => line.includes('bound'))).toBe(true);
    expect(h.logs.join('\n')).not.toContain('p@ss');
  });

  it('sends GSM-7 byte-exact with data_coding 0: € and [ as escape + code', async () => {
    const [result] = await h.gateway.send([sms('A€[é@')]);
    expect(result).toEqual({ id: expect.any(String), accepted: true, providerMessageId: expect.any(String) });
    const [submit] = h.smsc.submits;
    expect(submit!.dataCoding).toBe(0);
    expect(submit!.esmClass).toBe(0);
    expect([...submit!.shortMessage]).toEqual([0x41, 0x1b, 0x65, 0x1b, 0x3c, 0x05, 0x00]);
    expect(submit!.destination).toBe('33612345678');
    expect([submit!.source, submit!.sourceTon, submit!.sourceNpi]).toEqual(['ACME', 5, 0]);
    expect(submit!.registeredDelivery).toBe(1);
    // The SMSC answers "00000010AB"-style hex ids; they are stored normalised.
    expect(result!.providerMessageId).toBe(submit!.messageId!.toLowerCase().replace(/^0+/, ''));
  });

  it('sends UCS-2 big-endian with data_coding 8, and a numeric sender as international 1/1', async () => {
    const [result] = await h.gateway.send([sms('ça ✓', { encoding: 'UCS-2', from: '+33700000000' })]);
    expect(result!.accepted).toBe(true);
    const [submit] = h.smsc.submits;
    expect(submit!.dataCoding).toBe(8);
    expect(submit!.shortMessage.toString('hex')).toBe('00e7006100202713');
    expect([submit!.source, submit!.sourceTon, submit!.sourceNpi]).toEqual(['33700000000', 1, 1]);
  });

  it('splits a 3-part GSM-7 message with one UDH reference, numbered parts, no escape pair split', async () => {
    // 152 septets then "€" (2 septets) would straddle part 1: it must open part 2.
    const text = 'a'.repeat(152) + '€' + 'b'.repeat(151) + 'c'.repeat(10);
    const [result] = await h.gateway.send([sms(text)]);
    expect(result!.accepted).toBe(true);
    expect(h.smsc.submits).toHaveLength(3);
    const refs = new Set(h.smsc.submits.map((s) => s.udh!.reference));
    expect(refs.size).toBe(1);
    expect(h.smsc.submits.map((s) => [s.udh!.sequence, s.udh!.total, s.esmClass])).toEqual([
      [1, 3, 0x40],
      [2, 3, 0x40],
      [3, 3, 0x40],
    ]);
    expect(h.smsc.submits[0]!.body).toEqual(Buffer.from('a'.repeat(152)));
    expect([...h.smsc.submits[1]!.body.subarray(0, 3)]).toEqual([0x1b, 0x65, 0x62]);
    expect(result!.partIds).toEqual(h.smsc.submits.map((s) => s.messageId!.toLowerCase().replace(/^0+/, '')));
    expect(result!.providerMessageId).toBe(result!.partIds![0]);
  });

  it('gives each long message its own reference', async () => {
    await h.gateway.send([sms('x'.repeat(200)), sms('y'.repeat(200))]);
    const byDestination = new Set(h.smsc.submits.map((s) => s.udh!.reference));
    expect(byDestination.size).toBe(2);
  });

  it('splits a long UCS-2 message without cutting the emoji on the 67-unit boundary', async () => {
    const text = 'ж'.repeat(66) + '😀' + 'ж'.repeat(20);
    const [result] = await h.gateway.send([sms(text, { encoding: 'UCS-2' })]);
    expect(result!.partIds).toHaveLength(2);
    const [first, second] = h.smsc.submits;
    expect(first!.body.length).toBe(132);
    expect(second!.body.subarray(0, 4).toString('hex')).toBe('d83dde00');
    expect(first!.udh).toEqual({ reference: second!.udh!.reference, total: 2, sequence: 1 });
  });

  it('returns one result per message with the same ids', async () => {
    const batch = Array.from({ length: 25 }, (_, i) =>
      sms(`hello ${i}`, { to: `+336000000${String(i).padStart(2, '0')}` })
    );
    const results = await h.gateway.send(batch);
    expect(results.map((r) => r.id).sort()).toEqual(batch.map((m) => m.id).sort());
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(new Set(results.map((r) => r.providerMessageId)).size).toBe(25);
  });
});
