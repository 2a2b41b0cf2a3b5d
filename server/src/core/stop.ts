/**
 * STOP replies: a reply that is only an opt-out keyword (any case, accents or not, surrounding
 * spaces and punctuation ignored) unsubscribes its sender. A longer sentence that merely
 * contains "stop" ("stop de m'envoyer des promos" is one, "arrêt de bus" is not) is kept as a
 * reply for a human to read; the keywords are what French operators and the seeds honour.
 */
export const STOP_KEYWORDS: readonly string[] = ['STOP', 'STOP SMS', 'ARRET', 'DESABONNER', 'UNSUBSCRIBE'];

const KEYWORDS = new Set(STOP_KEYWORDS);

export function normaliseReply(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isStopReply(text: string): boolean {
  return KEYWORDS.has(normaliseReply(text));
}
