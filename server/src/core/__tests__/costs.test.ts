import { campaignCredits, recipientCredits, refundFor } from '../costs';
import { STATUS_CODES } from '../status';

describe('Given a recipient to cost', () => {
  it('when an SMS has 3 segments and no status yet, then it reserves 3 credits', () => {
    expect(recipientCredits({ channel: 'sms', segments: 3 })).toBe(3);
  });

  it('when an SMS has no segment count, then it costs one credit', () => {
    expect(recipientCredits({ channel: 'sms' })).toBe(1);
  });

  it('when a voicemail drop is costed, then it is one credit whatever the segments', () => {
    expect(recipientCredits({ channel: 'voice', segments: 5 })).toBe(1);
  });

  it.each(Object.values(STATUS_CODES).map((s) => [s.code, s.billed] as const))(
    'when the status is %s, then the SMS is charged only if that status is billed (%s)',
    (code, billed) => {
      expect(recipientCredits({ channel: 'sms', segments: 2, statusCode: code })).toBe(billed ? 2 : 0);
    }
  );

  it('when a segment count is negative or fractional, then it is clamped to whole credits', () => {
    expect(recipientCredits({ channel: 'sms', segments: -2 })).toBe(0);
    expect(recipientCredits({ channel: 'sms', segments: 2.7 })).toBe(2);
  });
});

describe('Given a campaign', () => {
  it('when summing recipients, then excluded and invalid ones cost nothing', () => {
    const total = campaignCredits([
      { channel: 'sms', segments: 2 },
      { channel: 'sms', segments: 1, statusCode: 21 },
      { channel: 'sms', segments: 4, statusCode: 14 },
      { channel: 'sms', segments: 1, statusCode: 2 },
      { channel: 'voice', statusCode: 117 },
    ]);
    expect(total).toBe(2 + 1 + 0 + 0 + 1);
  });

  it('when it has no recipient, then it costs nothing', () => {
    expect(campaignCredits([])).toBe(0);
  });
});

describe('Given credits reserved for a recipient', () => {
  it('when the final status is not billed, then everything reserved is refunded', () => {
    expect(refundFor(12, 3)).toBe(3);
    expect(refundFor(4, 1)).toBe(1);
  });

  it('when the status is billed, then nothing is refunded', () => {
    expect(refundFor(21, 3)).toBe(0);
    expect(refundFor(20, 3)).toBe(0);
  });

  it('when the status is not final yet, then nothing is refunded yet', () => {
    expect(refundFor(1, 3)).toBe(0);
    expect(refundFor(9, 3)).toBe(0);
    expect(refundFor(24, 3)).toBe(0);
  });

  it('when nothing was reserved, then nothing is refunded', () => {
    expect(refundFor(12, 0)).toBe(0);
    expect(refundFor(12, -1)).toBe(0);
  });
});
