/**
 * The set of numbers already seen in a file, to drop duplicates. An E.164 number has at most 15
 * digits, so it fits a float64 exactly: an open-addressing table of doubles, at most three quarters
 * full, takes 11 to 21 bytes per number, against ~60 for a `Set<string>` (the bench measures both).
 */
export class PhoneSet {
  private table: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity * 3 < expected * 4) capacity *= 2;
    this.table = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds the number; false when it was already there. `e164`: `+` and up to 15 digits. */
  add(e164: string): boolean {
    const key = toKey(e164);
    if (this.add_(key)) {
      // Three quarters full at most: linear probing stays short, and a multi-million-row file
      // needs half the memory a half-full table would.
      if (++this.count * 4 > this.table.length * 3) this.grow();
      return true;
    }
    return false;
  }

  has(e164: string): boolean {
    const key = toKey(e164);
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.table[i]!;
      if (slot === 0) return false;
      if (slot === key) return true;
    }
  }

  private add_(key: number): boolean {
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.table[i]!;
      if (slot === key) return false;
      if (slot === 0) {
        this.table[i] = key;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.mask = this.table.length - 1;
    for (const key of old) if (key !== 0) this.add_(key);
  }
}

/**
 * "+33612345678" → 133612345678: the digits behind a leading 1, which keeps their count (so +1234
 * and +01234, never merged) and makes the key non-zero (0 marks an empty slot).
 */
function toKey(e164: string): number {
  const start = e164.charCodeAt(0) === 0x2b ? 1 : 0;
  const n = e164.length - start;
  if (n === 0 || n > 15) throw new RangeError(`not an E.164 number: ${e164}`);
  let key = 1;
  for (let i = start; i < e164.length; i++) {
    const d = e164.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) throw new RangeError(`not an E.164 number: ${e164}`);
    key = key * 10 + d;
  }
  return key;
}

/** 32-bit mix of the two halves of the key (murmur3 finaliser). */
function hash(key: number): number {
  let h = key % 4294967296 ^ Math.imul(Math.floor(key / 4294967296), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
