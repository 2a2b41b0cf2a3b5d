/**
 * A campaign's report (issue 12; seeds 000/001 step 9, Annexes 2 and 3) over HTTP on the real
 * playground Strapi: a campaign run to the end with the simulator, short links and replies
 * written in the database as the tracking and the inbound webhooks write them, then the report's
 * figures, the recipients page and the CSV each compared with the database.
 */
import Papa from 'papaparse';
import { STATUS_CODES } from '../../server/src/core';
import { campaignClient } from '../helpers/campaigns';
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';

jest.setTimeout(240_000);

const PLUGIN = 'plugin::mobile-campaigns';

let app: TestApp;
let admin: Record<string, string>;
let client: ReturnType<typeof campaignClient>;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(app.adminToken);
  client = campaignClient(app, admin);
});

afterAll(async () => {
  await app?.stop();
});

const api = () => app.http();

/** A download's body as text, whatever its content type. */
const download = (path: string, query: Record<string, string> = {}, headers = admin) =>
  api()
    .get(path)
    .query(query)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });

const csvOf = async (id: number, query: Record<string, string> = {}) => {
  const response = await download(`/mobile-campaigns/campaigns/${id}/report.csv`, query);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/csv/);
  const text = response.body as string;
  expect(text.startsWith('\uFEFF')).toBe(true);
  const { data, errors } = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header, ...rows] = data;
  return { header: header!, rows };
};

/** The seeds' DD/MM/YYYY HH:MM:SS in Paris, by Intl's own French format (not the plugin's code). */
const paris = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value as string));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`;
};

const recipientsOf = async (campaignId: number): Promise<any[]> =>
  app.strapi.db.query(`${PLUGIN}.recipient`).findMany({ where: { campaignId }, orderBy: { id: 'asc' } });

const SMS_COLUMNS = [
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
];

describe('Given an SMS campaign with two tracked links sent to two lists and run to the end by the simulator', () => {
  let campaignId: number;
  let rows: any[];
  const clicked = new Map<number, { track: number; clicks: number; previews: number; at: Date }[]>();

  beforeAll(async () => {
    const clients = await client.list(
      'Clients rapport',
      [
        'Portable;Prénom;Ville',
        ...Array.from({ length: 12 }, (_, i) => `06${String(20_000_000 + i).padStart(8, '0')};Client ${i};Lyon`),
        '0620000012;Mallory;=1+1',
        '12345;Invalide;Paris',
      ].join('\n') + '\n'
    );
    const again = await client.list('Relance rapport', 'Portable;Prénom\n0620000000;Encore\n');
    const draft = await client.draft({
      name: 'Rapport soldes',
      kind: 'notification',
      message: 'Bonjour ${Prénom} ${track_1} ${track_2}',
      trackedLinks: [{ url: 'https://example.com/soldes' }, { url: 'https://example.com/magasins' }],
      listIds: [clients, again],
    });
    campaignId = draft.id;
    expect((await client.send(campaignId)).status).toBe(200);
    await client.reaches(campaignId, ['completed']);
    rows = await recipientsOf(campaignId);

    // Clicks and previews as the tracking writes them, replies as the inbound webhook does.
    const sent = rows.filter((row) => row.submittedAt);
    const base = new Date(sent[0].submittedAt).getTime();
    const links = [
      { recipient: sent[0], track: 1, clicks: 3, previews: 1, at: new Date(base + 60_000) },
      { recipient: sent[0], track: 2, clicks: 1, previews: 0, at: new Date(base + 120_000) },
      { recipient: sent[1], track: 1, clicks: 1, previews: 2, at: new Date(base + 180_000) },
      { recipient: sent[2], track: 2, clicks: 0, previews: 1, at: new Date(base + 240_000) },
    ];
    // Validation wrote one short link per recipient sent and tracked link; the counts go on those.
    const written = await app.strapi.db.query(`${PLUGIN}.short-link`).count({ where: { campaignId } });
    expect(written).toBe(sent.length * 2);
    for (const link of links) {
      await app.strapi.db.query(`${PLUGIN}.short-link`).updateMany({
        where: { campaignId, recipientId: link.recipient.id, trackIndex: link.track },
        data: {
          clicks: link.clicks,
          previews: link.previews,
          firstClickAt: link.clicks > 0 ? link.at : null,
          lastClickAt: link.clicks > 0 ? new Date(link.at.getTime() + 5000) : null,
          firstPreviewAt: link.previews > 0 ? new Date(link.at.getTime() - 1000) : null,
        },
      });
    }
    for (const link of links) {
      clicked.set(link.recipient.id, [...(clicked.get(link.recipient.id) ?? []), link]);
    }
    const replies = [
      { recipient: sent[0], text: 'Merci', isStop: false },
      { recipient: sent[0], text: 'STOP', isStop: true },
      { recipient: sent[3], text: 'Quand ?', isStop: false },
    ];
    for (const [i, reply] of replies.entries()) {
      await app.strapi.db.query(`${PLUGIN}.inbound-message`).create({
        data: {
          from: reply.recipient.phone,
          text: reply.text,
          receivedAt: new Date(base + 300_000 + i * 1000),
          provider: 'sms',
          providerMessageId: `report-reply-${i}`,
          campaignId,
          recipientId: reply.recipient.id,
          isStop: reply.isStop,
        },
      });
    }
    const repliesOf = (id: number) => replies.filter((reply) => reply.recipient.id === id).map((reply) => reply.text);
    for (const id of new Set(replies.map((reply) => reply.recipient.id))) {
      await app.strapi.db
        .query(`${PLUGIN}.recipient`)
        .update({ where: { id }, data: { replies: JSON.stringify(repliesOf(id)), statusCode: 17 } });
    }
    // sent[0] replied STOP: the inbound path sets 17; sent[3] did not.
    await app.strapi.db.query(`${PLUGIN}.recipient`).update({ where: { id: sent[3].id }, data: { statusCode: 21 } });
    rows = await recipientsOf(campaignId);
  });

  it('When the report is read, Then every figure equals what the database holds', async () => {
    const response = await api().get(`/mobile-campaigns/campaigns/${campaignId}/report`).set(admin);
    expect(response.status).toBe(200);
    const report = response.body.data;
    const byCode = new Map<number, number>();
    for (const row of rows) byCode.set(row.statusCode, (byCode.get(row.statusCode) ?? 0) + 1);
    const inCategory = (...categories: string[]) =>
      rows.filter((row) => categories.includes(STATUS_CODES[row.statusCode]!.category)).length;

    expect(report.campaign).toEqual(
      expect.objectContaining({ id: campaignId, name: 'Rapport soldes', status: 'completed', channel: 'sms' })
    );
    expect(report.campaign.lists).toEqual(['Clients rapport', 'Relance rapport']);
    expect(report.live).toBe(false);
    expect(report.figures).toEqual(
      expect.objectContaining({
        recipients: 15,
        sent: rows.filter((row) => row.submittedAt).length,
        delivered: inCategory('delivered'),
        invalid: 1,
        duplicates: 1,
        excluded: 0,
        pending: rows.filter((row) => !STATUS_CODES[row.statusCode]!.final).length,
        stops: 1,
        replies: 3,
        uniqueClicks: 2,
        totalClicks: 5,
        previews: 4,
      })
    );
    const campaign = await client.get(campaignId);
    expect(report.figures.creditsUsed).toBe(campaign.creditsUsed);
    expect(report.figures.creditsRefunded).toBe(campaign.creditsRefunded);
    expect(report.statuses.map((s: any) => [s.code, s.count])).toEqual([...byCode.entries()].sort(([a], [b]) => a - b));
    expect(report.statuses.find((s: any) => s.code === 2)).toEqual(
      expect.objectContaining({ label: 'Numéro mal formaté', category: 'invalid', billed: false, final: true })
    );
    expect(report.categories.map((c: any) => c.category)).toEqual([
      'pending',
      'sent',
      'delivered',
      'not-delivered',
      'rejected',
      'excluded',
      'invalid',
      'error',
    ]);
    expect(report.categories.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(15);
    expect(report.links).toEqual([
      { index: 1, url: 'https://example.com/soldes', uniqueClicks: 2, totalClicks: 4, previews: 3 },
      { index: 2, url: 'https://example.com/magasins', uniqueClicks: 1, totalClicks: 1, previews: 1 },
    ]);
    expect(report.rates.delivered).toBeCloseTo((100 * report.figures.delivered) / report.figures.sent, 1);
    expect(report.timeline.bucket).toBe('minute');
    const total = (key: string) => report.timeline.points.reduce((sum: number, p: any) => sum + p[key], 0);
    expect(total('submitted')).toBe(report.figures.sent);
    expect(total('delivered')).toBe(rows.filter((row) => row.deliveredAt).length);
    expect(total('clicks')).toBe(3);

    const english = await api()
      .get(`/mobile-campaigns/campaigns/${campaignId}/report`)
      .query({ lang: 'en' })
      .set(admin);
    expect(english.body.data.statuses.find((s: any) => s.code === 2).label).toBe('Malformed number');
  });

  it('When the recipients are paged, searched and filtered, Then each row carries its receipts, replies and clicks', async () => {
    const path = `/mobile-campaigns/campaigns/${campaignId}/recipients`;
    const first = await api().get(path).query({ pageSize: 4 }).set(admin);
    expect(first.status).toBe(200);
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 4, total: 15, pageCount: 4 });
    expect(first.body.data.map((row: any) => row.id)).toEqual(rows.slice(0, 4).map((row) => row.id));

    const national = await api().get(path).query({ search: '06 20 00 00 00' }).set(admin);
    expect(national.body.data.map((row: any) => row.phone)).toEqual(['+33620000000', '+33620000000']);
    const international = await api().get(path).query({ search: '+33 6 20 00 00 05' }).set(admin);
    expect(international.body.data.map((row: any) => row.phone)).toEqual(['+33620000005']);
    const invalid = await api().get(path).query({ search: '12345' }).set(admin);
    expect(invalid.body.data.map((row: any) => row.phoneRaw)).toEqual(['12345']);

    const malformed = await api().get(path).query({ status: 2 }).set(admin);
    expect(malformed.body.data).toHaveLength(1);
    expect(malformed.body.data[0]).toEqual(
      expect.objectContaining({ phone: null, statusCode: 2, statusLabel: 'Numéro mal formaté', category: 'invalid' })
    );
    const excluded = await api().get(path).query({ category: 'excluded', lang: 'en' }).set(admin);
    expect(excluded.body.data.map((row: any) => [row.statusCode, row.statusLabel])).toEqual([[4, 'Duplicate']]);

    const sent = rows.filter((row) => row.submittedAt);
    const one = (await api().get(path).query({ search: sent[0].phone }).set(admin)).body.data.find(
      (row: any) => row.id === sent[0].id
    );
    expect(one.replies.map((reply: any) => [reply.text, reply.isStop])).toEqual([
      ['Merci', false],
      ['STOP', true],
    ]);
    expect(one.clicks.map((c: any) => [c.index, c.clicks])).toEqual([
      [1, 3],
      [2, 1],
    ]);
    expect(one.previews).toBe(1);
    expect(one.receipts.length).toBeGreaterThanOrEqual(1);
    expect(one.statusCode).toBe(17);
  });

  it('When the CSV is downloaded, Then it has the Annexe 2 columns, the file’s, and one line per recipient equal to the database', async () => {
    const { header, rows: lines } = await csvOf(campaignId);
    expect(header).toEqual([...SMS_COLUMNS, 'Prénom', 'Ville']);
    expect(lines).toHaveLength(rows.length);
    const column = (name: string) => header.indexOf(name);
    lines.forEach((line, i) => {
      const row = rows[i];
      const fields = typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields;
      const links = clicked.get(row.id) ?? [];
      const track = (n: number) => links.find((link) => link.track === n);
      const replies = row.replies ? JSON.parse(row.replies) : [];
      expect(line[column('REF_LIST')]).toBe(row.listName);
      expect(line[column('ID_LINE')]).toBe(String(row.line));
      expect(line[column('INT_MOBILE')]).toBe(row.phone ?? row.phoneRaw);
      expect(line[column('STATUS_CODE')]).toBe(String(row.statusCode));
      expect(line[column('STATUS_TEXT')]).toBe(STATUS_CODES[row.statusCode]!.label.fr);
      expect(line[column('DELIVERYDATE')]).toBe(paris(row.deliveredAt));
      expect(line[column('REPLY')]).toBe(replies.join('#'));
      expect(line[column('PREVIEW_COUNTER')]).toBe(String(links.reduce((sum, link) => sum + link.previews, 0)));
      for (const n of [1, 2]) {
        expect(line[column(`TRACK_${n}`)]).toBe(track(n) && track(n)!.clicks > 0 ? paris(track(n)!.at) : '');
        expect(line[column(`TRACK_${n}_COUNTER`)]).toBe(String(track(n)?.clicks ?? 0));
      }
      expect(line[column('MF_ALLOW')]).toBe(row.allowed ? 'True' : 'False');
      expect(line[column('MF_VALID')]).toBe(row.valid ? 'True' : 'False');
      expect(line[column('MF_COUNTRY')]).toBe(row.country ?? '');
      expect(line[column('Prénom')]).toBe(fields.Prénom ?? '');
      expect(line[column('Ville')]).toBe(fields.Ville === '=1+1' ? "'=1+1" : (fields.Ville ?? ''));
    });
    const first = rows.find((row) => row.submittedAt)!;
    const firstLine = lines[rows.indexOf(first)]!;
    expect(firstLine[column('REPLY')]).toBe('Merci#STOP');
    expect(firstLine[column('PREVIEW')]).toBe(paris(new Date(clicked.get(first.id)![0]!.at.getTime() - 1000)));
    expect(lines.find((line) => line[column('INT_MOBILE')] === '12345')![column('MF_VALID')]).toBe('False');
    expect(lines.some((line) => line[column('Ville')] === "'=1+1")).toBe(true);
  });

  it('When the CSV is asked for a status, a category or in English, Then only those lines come, labelled so', async () => {
    const invalid = await csvOf(campaignId, { status: '2' });
    expect(invalid.rows.map((line) => line[2])).toEqual(['12345']);
    const delivered = await csvOf(campaignId, { category: 'delivered' });
    expect(delivered.rows).toHaveLength(
      rows.filter((row) => STATUS_CODES[row.statusCode]!.category === 'delivered').length
    );
    expect(new Set(delivered.rows.map((line) => STATUS_CODES[Number(line[3])]!.category))).toEqual(
      new Set(['delivered'])
    );
    const english = await csvOf(campaignId, { lang: 'en' });
    expect(english.rows.map((line) => line[4])).toEqual(rows.map((row) => STATUS_CODES[row.statusCode]!.label.en));

    const unknown = await api()
      .get(`/mobile-campaigns/campaigns/${campaignId}/report.csv`)
      .query({ status: 999 })
      .set(admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.code).toBe('REPORT_STATUS_UNKNOWN');
    const badCategory = await api()
      .get(`/mobile-campaigns/campaigns/${campaignId}/report.csv`)
      .query({ category: 'lost' })
      .set(admin);
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.error.details.errors[0].path).toEqual(['category']);
  });

  it('When a role without the export permission asks for the CSV, Then it gets 403 but may read the report', async () => {
    const reader = bearer(await userWithActions(app, 'Lecteur rapport', [`${PLUGIN}.campaigns.read`]));
    expect((await api().get(`/mobile-campaigns/campaigns/${campaignId}/report`).set(reader)).status).toBe(200);
    expect((await api().get(`/mobile-campaigns/campaigns/${campaignId}/recipients`).set(reader)).status).toBe(200);
    expect((await download(`/mobile-campaigns/campaigns/${campaignId}/report.csv`, {}, reader)).status).toBe(403);
    const exporter = bearer(
      await userWithActions(app, 'Export rapport', [`${PLUGIN}.campaigns.read`, `${PLUGIN}.exports.personal-data`])
    );
    expect((await download(`/mobile-campaigns/campaigns/${campaignId}/report.csv`, {}, exporter)).status).toBe(200);
    const exportOnly = bearer(await userWithActions(app, 'Export seul', [`${PLUGIN}.exports.personal-data`]));
    expect((await download(`/mobile-campaigns/campaigns/${campaignId}/report.csv`, {}, exportOnly)).status).toBe(403);
  });

  it('When the campaign does not exist, Then the report, its recipients and its CSV answer 404', async () => {
    for (const path of ['report', 'recipients', 'report.csv']) {
      const response = await api().get(`/mobile-campaigns/campaigns/999999/${path}`).set(admin);
      expect(response.status).toBe(404);
    }
    const notFound = await api().get('/mobile-campaigns/campaigns/999999/report').set(admin);
    expect(notFound.body.error.details.code).toBe('CAMPAIGN_NOT_FOUND');
  });
});

describe('Given a voicemail drop', () => {
  it('When its CSV is downloaded, Then it has the voice columns only, then the file’s', async () => {
    const listId = await client.list('Vocal rapport', 'Portable;Nom\n0630000001;Durand\n');
    const draft = await client.draft({ name: 'Vocal', channel: 'voice', listIds: [listId] });
    const { header } = await csvOf(draft.id);
    expect(header).toEqual([
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
});
