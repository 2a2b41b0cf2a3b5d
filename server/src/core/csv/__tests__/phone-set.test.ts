import { PhoneSet } from '../phone-set';

describe('Given the set of numbers seen in a file', () => {
  it('when a number is added twice, then the second add reports it as already there', () => {
    const set = new PhoneSet();
    expect(set.add('+33612345678')).toBe(true);
    expect(set.add('+33612345678')).toBe(false);
    expect(set.has('+33612345678')).toBe(true);
    expect(set.has('+33612345679')).toBe(false);
    expect(set.size).toBe(1);
  });

  it('when numbers differ only by leading zeros or length, then they stay apart', () => {
    const set = new PhoneSet();
    expect(['+1234', '+01234', '+12340', '+999999999999999'].map((n) => set.add(n))).toEqual([true, true, true, true]);
  });

  it('when 200,000 numbers (half repeated) are added, then it agrees with a Set at every step while growing', () => {
    const set = new PhoneSet(4);
    const reference = new Set<string>();
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const n = `+33${600_000_000 + (x % 100_000)}`;
      expect(set.add(n)).toBe(!reference.has(n) && Boolean(reference.add(n)));
    }
    expect(set.size).toBe(reference.size);
  });

  it('when given something that is not E.164, then it throws', () => {
    expect(() => new PhoneSet().add('+33 6')).toThrow(RangeError);
    expect(() => new PhoneSet().add('+1234567890123456')).toThrow(RangeError);
  });
});
