import type { CsvValue } from './csv/writer';
import { STATUS_CODES } from './status';
import type { Channel } from './types';
import { zoneOffset } from './zoned-time';

/**
 * The rows of a campaign's CSV report (seeds 000 and 001, Annexe 2): the Annexe's columns in
 * their order, one TRACK_N / TRACK_N_COUNTER pair per tracked link (SMS only), then every column
 * of the original file. Pure: the service reads the rows, the core CSV writer quotes and
 * neutralises the cells.
 */

export type ReportLanguage = 'fr' | 'en';

const SMS_HEAD = ['REF_LIST', 'ID_LINE', 'INT_MOBILE', 'STATUS_CODE', 'STATUS_TEXT', 'DELIVERYDATE'] as const;
const SMS_ACTIVITY = ['REPLY', 'PREVIEW', 'PREVIEW_COUNTER'] as const;
const TAIL = ['MF_ALLOW', 'MF_VALID', 'MF_COUNTRY'] as const;

/** What a report line needs of a recipient (the store's columns, already parsed). */
export interface ReportCsvRecipient {
  listName: string | null;
  line: number | null;
  phoneRaw: string | null;
  /** E.164, null when the number is invalid. */
  phone: string | null;
  valid: boolean;
  allowed: boolean;
  country: string | null;
  statusCode: number;
  deliveredAt: Date | null;
  /** In the order received; the seeds join them with `#`. */
  replies: readonly string[];
  fields: Readonly<Record<string, unknown>>;
}

/** A recipient's short link for `${track_N}`. */
export interface ReportCsvLink {
  index: number;
  clicks: number;
  firstClickAt: Date | null;
  previews: number;
  firstPreviewAt: Date | null;
}

export interface ReportCsvLayout {
  channel: Channel;
  /** How many tracked links the campaign has (TRACK_1 … TRACK_n). */
  trackCount: number;
  /** The original file's columns, in their order. */
  fields: readonly string[];
  language: ReportLanguage;
  /** IANA zone of the account: the dates are written in its wall-clock time. */
  timeZone: string;
}

/** The header: Annexe 2's names, exactly, then the file's columns. */
export function reportCsvHeader(layout: ReportCsvLayout): string[] {
  if (layout.channel === 'voice') return [...SMS_HEAD, ...TAIL, ...layout.fields];
  const tracks: string[] = [];
  for (let n = 1; n <= layout.trackCount; n++) tracks.push(`TRACK_${n}`, `TRACK_${n}_COUNTER`);
  return [...SMS_HEAD, ...SMS_ACTIVITY, ...tracks, ...TAIL, ...layout.fields];
}

const QUARTER_HOUR = 900_000;
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `DD/MM/YYYY HH:MM:SS` in `timeZone`, as the seeds write DELIVERYDATE. A zone's offset changes
 * on a quarter hour at most once in a while, so it is asked of Intl once per quarter hour seen
 * (a million receipts of one evening cost a handful of Intl calls, not a million).
 */
export function reportDateFormatter(timeZone: string): (instant: Date | null) => string {
  const offsets = new Map<number, number>();
  return (instant) => {
    if (instant === null) return '';
    const ms = instant.getTime();
    if (Number.isNaN(ms)) return '';
    const quarter = Math.floor(ms / QUARTER_HOUR);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      if (offsets.size > 4096) offsets.clear();
      offset = zoneOffset(quarter * QUARTER_HOUR, timeZone);
      offsets.set(quarter, offset);
    }
    const wall = new Date(ms + offset);
    return (
      `${two(wall.getUTCDate())}/${two(wall.getUTCMonth() + 1)}/${wall.getUTCFullYear()} ` +
      `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}`
    );
  };
}

const bool = (value: boolean): string => (value ? 'True' : 'False');

const cell = (value: unknown): CsvValue =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : JSON.stringify(value);

/**
 * A writer of report lines for one layout: the values of one recipient's row, in the header's
 * order. A status the table does not know is written with its code and an empty label.
 */
export function reportCsvRowWriter(
  layout: ReportCsvLayout
): (recipient: ReportCsvRecipient, links: readonly ReportCsvLink[]) => CsvValue[] {
  const date = reportDateFormatter(layout.timeZone);
  const sms = layout.channel === 'sms';
  return (recipient, links) => {
    const status = STATUS_CODES[recipient.statusCode];
    const values: CsvValue[] = [
      recipient.listName ?? '',
      recipient.line ?? '',
      recipient.phone ?? recipient.phoneRaw ?? '',
      recipient.statusCode,
      status ? status.label[layout.language] : '',
      date(recipient.deliveredAt),
    ];
    if (sms) {
      let previews = 0;
      let firstPreview: Date | null = null;
      const byIndex = new Map<number, ReportCsvLink>();
      for (const link of links) {
        previews += link.previews;
        if (link.firstPreviewAt && (firstPreview === null || link.firstPreviewAt < firstPreview))
          firstPreview = link.firstPreviewAt;
        byIndex.set(link.index, link);
      }
      values.push(recipient.replies.join('#'), date(firstPreview), previews);
      for (let n = 1; n <= layout.trackCount; n++) {
        const link = byIndex.get(n);
        values.push(date(link?.firstClickAt ?? null), link?.clicks ?? 0);
      }
    }
    values.push(bool(recipient.allowed), bool(recipient.valid), recipient.country ?? '');
    for (const field of layout.fields) values.push(cell(recipient.fields[field]));
    return values;
  };
}

/** The file's columns of several lists, in the lists' order, each name once. */
export function reportFieldsOf(lists: readonly (readonly string[] | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const fields of lists) {
    for (const field of fields ?? []) {
      if (seen.has(field)) continue;
      seen.add(field);
      out.push(field);
    }
  }
  return out;
}
