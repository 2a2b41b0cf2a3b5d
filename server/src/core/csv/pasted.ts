/**
 * A list of numbers pasted into a text box (the seeds' "renseignant une liste de valeurs").
 *
 * Newlines, commas, semicolons, tabs and pipes always separate numbers. Spaces are ambiguous:
 * "06 12 34 56 78" is one number, "0612345678 0798765432" two. Within a piece, from each word the
 * longest run of words that makes a valid number is taken; words that start no valid number are
 * kept together, as one invalid value, up to the next word that can begin one and does.
 */
import { normalizePhone, type NormalizePhoneOptions } from '../phone';

/** A number has at most 18 digits (00 + 15 + a stray trunk 0) and is rarely written in > 12 words. */
const MAX_DIGITS = 18;
const MAX_WORDS = 12;

const canStart = (word: string, digitCount: number): boolean => /^[+0(]/.test(word) || digitCount >= 6;

export function parsePastedNumbers(text: string, options?: Pick<NormalizePhoneOptions, 'defaultCountry'>): string[] {
  const phoneOptions = { defaultCountry: options?.defaultCountry ?? 'FR' };
  const values: string[] = [];
  for (const piece of text.split(/[\r\n,;\t|]+/)) {
    const words = piece
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0) continue;
    const digits = words.map((w) => w.replace(/\D/g, '').length);

    /** End (exclusive) of the longest valid number starting at word `start`, or -1. */
    const validEnd = (start: number): number => {
      let found = -1;
      let count = 0;
      for (let end = start + 1; end <= words.length && end - start <= MAX_WORDS; end++) {
        count += digits[end - 1]!;
        if (count > MAX_DIGITS) break;
        if (normalizePhone(words.slice(start, end).join(' '), phoneOptions).valid) found = end;
      }
      return found;
    };

    let i = 0;
    while (i < words.length) {
      const end = validEnd(i);
      if (end !== -1) {
        values.push(words.slice(i, end).join(' '));
        i = end;
        continue;
      }
      // "06 12 34 56 7 07 98…": "12 34 56 7 07" reads as a 9-digit number, but a number is
      // resumed only at a word that can begin one (+…, 0…, or a whole number of 6+ digits).
      let next = i + 1;
      while (next < words.length && !(canStart(words[next]!, digits[next]!) && validEnd(next) !== -1)) next++;
      values.push(words.slice(i, next).join(' '));
      i = next;
    }
  }
  return values;
}
