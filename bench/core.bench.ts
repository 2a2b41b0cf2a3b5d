/**
 * Core benchmark: `npx tsx bench/core.bench.ts` (wired as `npm run bench:core`).
 *
 * Measures, side by side in the same process and on deterministic input:
 * - analyzeMessage vs Twilio's sms-segments-calculator on personalised French messages
 *   (target ≥ 100× faster), checking both agree on every message's segment count;
 * - normalizePhone (fast path) vs normalizePhoneSlow (libphonenumber) on a realistic list of
 *   numbers (target ≥ 300,000 numbers/s), checking both give identical results on the whole list.
 * Exits non-zero on any disagreement. Speed targets are reported, not asserted: machines vary.
 */
import { SegmentedMessage } from 'sms-segments-calculator';
import { analyzeMessage, normalizePhone, normalizePhoneSlow, type PhoneNumberResult } from '../server/src/core';
import { frenchMessages, phoneCorpus } from '../server/src/core/__tests__/fixtures/generators';
import { measure, printTable, type Row } from './lib/measure';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const PHONES = Number(process.env.BENCH_PHONES ?? 250_000);

let failures = 0;
const fail = (message: string): void => {
  failures++;
  console.error(`MISMATCH ${message}`);
};

// --- analyzeMessage ---------------------------------------------------------------------------
const messages = frenchMessages(MESSAGES);
const oracleSample = messages.slice(0, Math.min(messages.length, 3_000));
// The oracle does not replace characters: compare on what we would send (unicode allowed, no
// replacement), then time our default options (replacement on) too. The oracle is slow, so the
// agreement is checked on the sample it is timed on (the unit tests check thousands more).
for (const m of oracleSample) {
  const ours = analyzeMessage(m, { allowUnicode: true, replaceNonGsm: false });
  const oracle = new SegmentedMessage(m, 'auto', false);
  if (ours.segments !== oracle.segmentsCount || ours.encoding !== oracle.encodingName) {
    fail(
      `analyzeMessage ${JSON.stringify(m.slice(0, 40))}: ${ours.encoding}/${ours.segments} vs ${oracle.encodingName}/${oracle.segmentsCount}`
    );
  }
}
const segmentHistogram = new Map<number, number>();
for (const m of messages) {
  const s = analyzeMessage(m).segments;
  segmentHistogram.set(s, (segmentHistogram.get(s) ?? 0) + 1);
}

const analyzeRows: Row[] = [
  measure(
    'sms-segments-calculator (oracle)',
    oracleSample.length,
    () => {
      let sink = 0;
      for (const m of oracleSample) sink += new SegmentedMessage(m, 'auto', false).segmentsCount;
      return sink;
    },
    2
  ),
  measure('analyzeMessage, UCS-2 allowed, no replacement', messages.length, () => {
    let sink = 0;
    for (const m of messages) sink += analyzeMessage(m, { allowUnicode: true, replaceNonGsm: false }).segments;
    return sink;
  }),
  measure('analyzeMessage, defaults (GSM-7 + replacement)', messages.length, () => {
    let sink = 0;
    for (const m of messages) sink += analyzeMessage(m).segments;
    return sink;
  }),
];

// --- normalizePhone -----------------------------------------------------------------------------
const numbers = phoneCorpus(PHONES);
const same = (a: PhoneNumberResult, b: PhoneNumberResult): boolean =>
  a.valid === b.valid &&
  a.e164 === b.e164 &&
  a.country === b.country &&
  a.type === b.type &&
  a.reason === b.reason &&
  a.allowed === b.allowed;
let mismatches = 0;
for (const n of numbers) {
  const fast = normalizePhone(n);
  const slow = normalizePhoneSlow(n);
  if (!same(fast, slow) && mismatches++ < 10)
    fail(`normalizePhone ${JSON.stringify(n)}: ${JSON.stringify(fast)} vs ${JSON.stringify(slow)}`);
}
const validCount = numbers.filter((n) => normalizePhone(n).valid).length;

const phoneRows: Row[] = [
  measure(
    'normalizePhoneSlow (libphonenumber-js/max)',
    numbers.length,
    () => {
      let sink = 0;
      for (const n of numbers) sink += normalizePhoneSlow(n).valid ? 1 : 0;
      return sink;
    },
    2
  ),
  measure('normalizePhone (fast path + fallback)', numbers.length, () => {
    let sink = 0;
    for (const n of numbers) sink += normalizePhone(n).valid ? 1 : 0;
    return sink;
  }),
];

// --- report -------------------------------------------------------------------------------------
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}`);
console.log(
  `analyzeMessage: ${messages.length} personalised French messages, segments ${[...segmentHistogram.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}:${n}`)
    .join(' ')}; the ${oracleSample.length} timed on the oracle agree with it: ${failures === 0 ? 'yes' : 'NO'}`
);
printTable('Message analysis', analyzeRows, 'messages/s', { ratio: 100 });
console.log(
  `\nnormalizePhone: ${numbers.length} numbers (${validCount} valid); fast path identical to libphonenumber on all: ${mismatches === 0 ? 'yes' : `NO (${mismatches})`}`
);
printTable('Phone normalisation', phoneRows, 'numbers/s', { rate: 300_000 });

if (failures > 0) {
  console.error(`\n${failures} mismatch(es)`);
  process.exit(1);
}
