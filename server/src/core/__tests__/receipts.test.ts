import {
  SMPP_MESSAGE_STATE,
  SMPP_STATES,
  rollUpPartStatuses,
  statusFromProviderState,
  statusFromSmppState,
  type ProviderDeliveryState,
} from '../receipts';
import { getStatus } from '../status';

describe('Given an SMPP delivery receipt', () => {
  it.each([
    ['DELIVRD', 21],
    ['EXPIRED', 22],
    ['DELETED', 23],
    ['UNDELIV', 20],
    ['ACCEPTD', 10],
    ['UNKNOWN', 26],
    ['REJECTD', 27],
    ['ENROUTE', 24],
  ])('when stat is %s, then the status is %s', (stat, code) => {
    expect(statusFromSmppState(stat)).toBe(code);
  });

  it.each([
    ['001', 29],
    ['005', 29],
    ['006', 31],
    ['027', 31],
    ['031', 31],
    ['011', 13],
    ['013', 13],
    [1, 29],
    ['000', 20],
    ['999', 20],
    ['abc', 20],
    ['', 20],
  ])('when UNDELIV carries the MAP error %p, then the status is %s', (err, code) => {
    expect(statusFromSmppState('UNDELIV', err)).toBe(code);
  });

  it('when another state carries an error, then the error does not change it', () => {
    expect(statusFromSmppState('DELIVRD', '001')).toBe(21);
    expect(statusFromSmppState('EXPIRED', '027')).toBe(22);
  });

  it('when the state is written in lower case or padded, then it is still understood', () => {
    expect(statusFromSmppState(' delivrd ')).toBe(21);
  });

  it('when the state is not an SMPP state, then it is an unknown error (26)', () => {
    expect(statusFromSmppState('WHATEVER')).toBe(26);
  });

  it('when the receipt is for a voicemail drop, then anything but delivery or progress is 117', () => {
    expect(statusFromSmppState('DELIVRD', undefined, 'voice')).toBe(21);
    expect(statusFromSmppState('ENROUTE', undefined, 'voice')).toBe(24);
    for (const stat of ['EXPIRED', 'DELETED', 'UNDELIV', 'ACCEPTD', 'UNKNOWN', 'REJECTD']) {
      expect(statusFromSmppState(stat, '001', 'voice')).toBe(117);
    }
  });

  it('then the message_state TLV values 1-8 name the eight states in SMPP 3.4 order', () => {
    expect(Object.values(SMPP_MESSAGE_STATE)).toEqual(SMPP_STATES);
  });

  it('then every mapped code exists in the status table', () => {
    for (const stat of SMPP_STATES) expect(getStatus(statusFromSmppState(stat))).toBeDefined();
  });
});

describe('Given a gateway-neutral provider state', () => {
  const cases: [ProviderDeliveryState, number, number][] = [
    ['queued', 9, 9],
    ['submitted', 24, 24],
    ['accepted', 10, 117],
    ['delivered', 21, 21],
    ['undelivered', 20, 117],
    ['unallocated', 29, 117],
    ['unavailable', 31, 117],
    ['expired', 22, 117],
    ['deleted', 23, 117],
    ['rejected', 27, 117],
    ['refused', 13, 117],
    ['failed', 20, 117],
    ['unknown', 26, 117],
  ];
  it.each(cases)('when it is %s, then SMS gets %s and voice %s', (state, sms, voice) => {
    expect(statusFromProviderState(state)).toBe(sms);
    expect(statusFromProviderState(state, 'voice')).toBe(voice);
  });

  it('when the state is not one we know, then it is an unknown error', () => {
    expect(statusFromProviderState('teleported' as ProviderDeliveryState)).toBe(26);
  });
});

describe('Given the receipts of the parts of a long SMS', () => {
  it.each([
    [[21, 21, 21], 21],
    [[21, 24, 21], 24],
    [[21, 31], 31],
    [[21, 29, 21], 29],
    [[24, 20], 20],
    [[], 24],
  ])('When the parts read %j, Then the recipient reads %i', (codes, expected) => {
    expect(rollUpPartStatuses(codes)).toBe(expected);
  });
});
