import Papa from 'papaparse';
import { toCsvLine } from '../csv';
import {
  reportCsvHeader,
  reportCsvRowWriter,
  reportDateFormatter,
  reportFieldsOf,
  type ReportCsvLayout,
  type ReportCsvRecipient,
} from '../report-csv';

const layout = (over: Partial<ReportCsvLayout> = {}): ReportCsvLayout => ({
  channel: 'sms',
  trackCount: 2,
  fields: ['Portable', 'Prénom'],
  language: 'fr',
  timeZone: 'Europe/Paris',
  ...over,
});

const recipient = (over: Partial<ReportCsvRecipient> = {}): ReportCsvRecipient => ({
  listName: 'Clients',
  line: 2,
  phoneRaw: '06 12 34 56 78',
  phone: '+33612345678',
  valid: true,
  allowed: true,
  country: 'FR',
  statusCode: 21,
  deliveredAt: new Date('2026-07-01T08:05:09Z'),
  replies: [],
  fields: { Portable: '06 12 34 56 78', Prénom: 'Léa' },
  ...over,
});

describe('Given the report CSV of Annexe 2', () => {
  it('when the campaign is an SMS with two tracked links, then the header is the seeds’ columns, one pair per link, then the file’s', () => {
    expect(reportCsvHeader(layout())).toEqual([
      'REF_LIST',
      'ID_LINE',
      'INT_MOBILE',
      'STATUS_CODE',
      'STATUS_TEXT',
      'DELIVERYDATE',
      'REPLY',
      'PREVIEW',
      'PREVIEW_COUNTER',
      'TRACK_1',
      'TRACK_1_COUNTER',
      'TRACK_2',
      'TRACK_2_COUNTER',
      'MF_ALLOW',
      'MF_VALID',
      'MF_COUNTRY',
      'Portable',
      'Prénom',
    ]);
  });

  it('when the campaign is a voicemail drop, then it has no reply, preview or track column', () => {
    expect(reportCsvHeader(layout({ channel: 'voice', trackCount: 1, fields: ['Nom'] }))).toEqual([
      'REF_LIST',
      'ID_LINE',
      'INT_MOBILE',
      'STATUS_CODE',
      'STATUS_TEXT',
      'DELIVERYDATE',
      'MF_ALLOW',
      'MF_VALID',
      'MF_COUNTRY',
      'Nom',
    ]);
  });

  it('when an SMS was delivered, clicked and previewed, then its line carries the Paris times, counters, replies joined by #', () => {
    const write = reportCsvRowWriter(layout());
    const values = write(recipient({ replies: ['Merci', 'STOP'] }), [
      {
        index: 2,
        clicks: 3,
        firstClickAt: new Date('2026-07-01T09:00:00Z'),
        previews: 1,
        firstPreviewAt: new Date('2026-07-01T08:59:00Z'),
      },
      {
        index: 1,
        clicks: 0,
        firstClickAt: null,
        previews: 2,
        firstPreviewAt: new Date('2026-07-01T08:30:00Z'),
      },
    ]);
    expect(values).toEqual([
      'Clients',
      2,
      '+33612345678',
      21,
      'Délivré',
      '01/07/2026 10:05:09',
      'Merci#STOP',
      '01/07/2026 10:30:00',
      3,
      '',
      0,
      '01/07/2026 11:00:00',
      3,
      'True',
      'True',
      'FR',
      '06 12 34 56 78',
      'Léa',
    ]);
  });

  it('when a number is invalid and English is asked, then the raw number, False and the English label are written', () => {
    const write = reportCsvRowWriter(layout({ language: 'en', trackCount: 0, fields: ['Prénom', 'Ville'] }));
    const values = write(
      recipient({
        phone: null,
        phoneRaw: '12345',
        valid: false,
        allowed: false,
        country: null,
        statusCode: 2,
        deliveredAt: null,
      }),
      []
    );
    expect(values).toEqual([
      'Clients',
      2,
      '12345',
      2,
      'Malformed number',
      '',
      '',
      '',
      0,
      'False',
      'False',
      '',
      'Léa',
      '',
    ]);
  });

  it('when a cell of the file starts a formula, then the core writer neutralises it in the line', () => {
    const write = reportCsvRowWriter(layout({ channel: 'voice', fields: ['Note'] }));
    const line = toCsvLine(write(recipient({ fields: { Note: '=HYPERLINK("http://x")' } }), []));
    const [parsed] = Papa.parse<string[]>(line.trim(), { delimiter: ';' }).data;
    expect(parsed[parsed.length - 1]).toBe('\'=HYPERLINK("http://x")');
  });

  it('when dates fall either side of the autumn clock change, then each is written in the offset of its instant', () => {
    const format = reportDateFormatter('Europe/Paris');
    expect(format(new Date('2026-10-25T00:59:59Z'))).toBe('25/10/2026 02:59:59');
    expect(format(new Date('2026-10-25T01:00:00Z'))).toBe('25/10/2026 02:00:00');
    expect(format(new Date('2026-01-05T23:30:00Z'))).toBe('06/01/2026 00:30:00');
    expect(reportDateFormatter('America/New_York')(new Date('2026-01-05T23:30:00Z'))).toBe('05/01/2026 18:30:00');
    expect(format(null)).toBe('');
  });

  it('when two lists have overlapping columns, then each column comes once, in the order of the lists', () => {
    expect(reportFieldsOf([['Prénom', 'Nom'], null, ['Nom', 'Ville']])).toEqual(['Prénom', 'Nom', 'Ville']);
  });
});
