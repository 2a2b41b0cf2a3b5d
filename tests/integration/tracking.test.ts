import type { AddressInfo } from 'node:net';
import { analyzeMessage } from '../../server/src/core';
import { campaignClient, type Campaign } from '../helpers/campaigns';
import { startApp, type TestApp } from '../helpers/strapi';

jest.setTimeout(180_000);

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1';
const CRAWLERS = ['WhatsApp/2.23.20.0 A', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'];
const LINK = 'plugin::mobile-campaigns.short-link';

let app: TestApp;
let admin: Record<string, string>;
let client: ReturnType<typeof campaignClient>;

beforeAll(async () => {
  app = await startApp();
  admin = { Authorization: `Bearer ${app.adminToken}` };
  client = campaignClient(app, admin);
});

afterAll(async () => {
  await app?.stop();
});

interface LinkRow {
  id: number;
  code: string;
  url: string;
  recipientId: number;
  trackIndex: number;
  clicks: number;
  previews: number;
  firstClickAt: string | null;
  firstPreviewAt: string | null;
}

const linksOf = (campaignId: number): Promise<LinkRow[]> =>
  app.strapi.db.query(LINK).findMany({ where: { campaignId }, orderBy: { id: 'asc' } }) as Promise<LinkRow[]>;

const recipientsOf = (campaignId: number) =>
  app.strapi.db
    .query('plugin::mobile-campaigns.recipient')
    .findMany({ where: { campaignId }, orderBy: { id: 'asc' } }) as Promise<
    {
      id: number;
      text: string | null;
      statusCode: number;
      fields: Record<string, string>;
      clicks: number;
      firstClickAt: string | null;
    }[]
  >;

/** Counts are written behind the redirects: waits (bounded) until `check` holds. */
const eventually = async <T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const shortLinks = async () => (await app.http().get('/mobile-campaigns/settings').set(admin)).body.meta.shortLinks;
const pathOf = (base: string, code: string) =>
  `${new URL(base.startsWith('http') ? base : `https://${base}`).pathname.replace(/\/$/, '')}/${code}`;

describe('Given a campaign whose message tracks a link that carries a field (seed 001)', () => {
  let campaign: Campaign;
  let base: string;

  beforeAll(async () => {
    ({ base } = await shortLinks());
    const list = await client.list(
      'Offres',
      [
        'Portable;Prénom;ID',
        '0610000001;Léa;41',
        '0610000002;Marc;42',
        '0610000003;Inès;43',
        '12;Invalide;44',
        '',
      ].join('\n')
    );
    campaign = await client.draft({
      name: 'Soldes suivies',
      kind: 'notification',
      message: 'Bonjour ${Prénom}, vos offres : ${track_1}',
      trackedLinks: [
        {
          url: 'https://www.monsite.com/offres?id=${ID}',
          preview: { title: 'Les offres de ${Prénom}', description: 'Jusqu’à -50 %' },
        },
      ],
      listIds: [list],
    });
    const estimate = (await client.estimate(campaign.id)).body.data;
    expect((await client.send(campaign.id)).status).toBe(200);
    campaign = await client.reaches(campaign.id, ['completed']);
    // The estimate counted each link at the length it was sent with.
    const texts = (await recipientsOf(campaign.id)).filter((r) => r.statusCode !== 2).map((r) => r.text!);
    expect(estimate.credits).toBe(texts.reduce((sum, text) => sum + analyzeMessage(text).segments, 0));
  });

  it('When it is sent, Then each recipient gets its own unguessable short link to its personalised target', async () => {
    const { length } = await shortLinks();
    const recipients = await recipientsOf(campaign.id);
    const links = await linksOf(campaign.id);
    const sent = recipients.filter((r) => r.text !== null);
    expect(sent).toHaveLength(3);
    expect(links).toHaveLength(3);
    expect(new Set(links.map((l) => l.code)).size).toBe(3);
    for (const recipient of sent) {
      const link = links.find((l) => l.recipientId === recipient.id)!;
      expect(link.code).toMatch(/^[0-9A-Za-z]{8}$/);
      expect(link.url).toBe(`https://www.monsite.com/offres?id=${recipient.fields.ID}`);
      expect(recipient.text).toBe(`Bonjour ${recipient.fields['Prénom']}, vos offres : ${base}/${link.code}`);
      expect(`${base}/${link.code}`).toHaveLength(length);
    }
  });

  it('When a phone opens a link, Then it is redirected at once and the click is counted on the link and its recipient', async () => {
    const [link] = await linksOf(campaign.id);
    const response = await app.http().get(pathOf(base, link.code)).set('User-Agent', PHONE);
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(link.url);
    expect(response.headers['cache-control']).toBe('no-store');
    await app.http().get(pathOf(base, link.code)).set('User-Agent', PHONE).expect(302);
    const [counted] = await eventually(
      () => linksOf(campaign.id),
      ([l]) => l.clicks === 2
    );
    expect(counted).toEqual(expect.objectContaining({ clicks: 2, previews: 0 }));
    expect(counted.firstClickAt).not.toBeNull();
    const recipient = (await recipientsOf(campaign.id)).find((r) => r.id === link.recipientId)!;
    expect(recipient.clicks).toBe(2);
    expect(recipient.firstClickAt).not.toBeNull();
  });

  it('When a messaging app fetches a link, Then it gets the personalised preview, counted as a preview and not as a click', async () => {
    const links = await linksOf(campaign.id);
    const link = links[1];
    const recipient = (await recipientsOf(campaign.id)).find((r) => r.id === link.recipientId)!;
    for (const agent of CRAWLERS) {
      const page = await app.http().get(pathOf(base, link.code)).set('User-Agent', agent);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain(`<meta property="og:title" content="Les offres de ${recipient.fields['Prénom']}">`);
      expect(page.text).toContain('<meta property="og:description" content="Jusqu’à -50 %">');
      expect(page.text).toContain(`<meta property="og:url" content="${base}/${link.code}">`);
    }
    const counted = await eventually(
      () => app.strapi.db.query(LINK).findOne({ where: { id: link.id } }) as Promise<LinkRow>,
      (l) => l.previews === 2
    );
    expect(counted).toEqual(expect.objectContaining({ previews: 2, clicks: 0 }));
    expect(counted.firstPreviewAt).not.toBeNull();
  });

  it('When a hundred phones open the same link at once, Then the counter equals the requests', async () => {
    const link = (await linksOf(campaign.id))[2];
    // A listening server (supertest would start one per request): a hundred requests in flight at once.
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const responses = await Promise.all(
      Array.from({ length: 100 }, () =>
        fetch(`http://127.0.0.1:${port}${pathOf(base, link.code)}`, {
          redirect: 'manual',
          headers: { 'User-Agent': PHONE },
        })
      )
    );
    expect(responses.filter((r) => r.status === 302)).toHaveLength(100);
    const counted = await eventually(
      () => app.strapi.db.query(LINK).findOne({ where: { id: link.id } }) as Promise<LinkRow>,
      (l) => l.clicks >= 100
    );
    expect(counted.clicks).toBe(100);
  });

  it('When a HEAD request checks a link, Then it is answered without being counted', async () => {
    const link = (await linksOf(campaign.id))[2];
    expect((await app.http().head(pathOf(base, link.code)).set('User-Agent', PHONE)).status).toBe(302);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(((await app.strapi.db.query(LINK).findOne({ where: { id: link.id } })) as LinkRow).clicks).toBe(100);
  });
});

describe('Given a test send of a campaign with a tracked link (seed 001, step 6)', () => {
  it('When the test goes out, Then it carries a real short link to the target of the chosen line, which the report will not count', async () => {
    const { base } = await shortLinks();
    const list = await client.list('Test suivi', ['Portable;Prénom;ID', '0640000001;Noé;77', ''].join('\n'));
    const draft = await client.draft({
      name: 'Test suivi',
      kind: 'notification',
      message: 'Bonjour ${Prénom} ${track_1}',
      trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }],
      listIds: [list],
    });
    const sent = await app
      .http()
      .post(`/mobile-campaigns/campaigns/${draft.id}/test`)
      .set(admin)
      .send({ numbers: '06 12 34 56 78; 06 12 34 56 79', line: 1 });
    expect(sent.status).toBe(200);
    const links = await linksOf(draft.id);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(link).toEqual(expect.objectContaining({ recipientId: null, url: 'https://www.monsite.com/id=77' }));
    const opened = await app.http().get(pathOf(base, links[0].code)).set('User-Agent', PHONE);
    expect(opened.status).toBe(302);
    expect(opened.headers.location).toBe('https://www.monsite.com/id=77');
  });
});

describe('Given codes that do not lead anywhere', () => {
  it('When a code is unknown or malformed, Then a small 404 page answers, in French or English', async () => {
    const { base } = await shortLinks();
    const unknown = await app.http().get(pathOf(base, 'Zz9Zz9Zz')).set('Accept-Language', 'fr-FR,fr;q=0.9');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Lien introuvable');
    const malformed = await app.http().get(pathOf(base, 'abc')).set('Accept-Language', 'en-GB');
    expect(malformed.status).toBe(404);
    expect(malformed.text).toContain('Link not found');
  });

  it('When a stored target is not a web page, Then it is never redirected to', async () => {
    const { base } = await shortLinks();
    await app.strapi.db.query(LINK).create({ data: { code: 'JsTarget01', url: 'javascript:alert(1)', trackIndex: 1 } });
    await app.strapi.db.query(LINK).create({ data: { code: 'Protocol02', url: '//evil.example/x', trackIndex: 1 } });
    for (const code of ['JsTarget01', 'Protocol02']) {
      const response = await app.http().get(pathOf(base, code)).set('User-Agent', PHONE);
      expect(response.status).toBe(404);
      expect(response.headers.location).toBeUndefined();
    }
  });

  it('When a draft tracks something other than a web address, Then saving it is refused with its own code', async () => {
    const draft = await client.draft({ name: 'Lien douteux', kind: 'notification' });
    const refused = await client.update(draft.id, {
      message: 'Voir ${track_1}',
      trackedLinks: [{ url: 'javascript:alert(document.cookie)' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual(expect.objectContaining({ code: 'TRACKED_LINK_NOT_WEB', index: 1 }));
  });
});

describe('Given the account sets a short domain (seed 001: "clic-ici.net/123456")', () => {
  let settings: Record<string, unknown>;

  beforeAll(async () => {
    settings = (await app.http().get('/mobile-campaigns/settings').set(admin)).body.data;
  });

  afterAll(async () => {
    await app
      ?.http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, shortLinkBase: '' });
  });

  it('When an address is not a web address, Then the settings refuse it', async () => {
    for (const shortLinkBase of ['ftp://clic-ici.net', 'https://clic-ici.net/?x=1', 'clic ici']) {
      const refused = await app
        .http()
        .put('/mobile-campaigns/settings')
        .set(admin)
        .send({ ...settings, shortLinkBase });
      expect(refused.status).toBe(400);
    }
  });

  it('When campaigns are sent under it, Then messages carry the bare domain, the counter its length, and that host answers', async () => {
    const saved = await app
      .http()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, shortLinkBase: 'https://clic-ici.net/' });
    expect(saved.status).toBe(200);
    expect(saved.body.meta.shortLinks).toEqual({ base: 'clic-ici.net', length: 'clic-ici.net/'.length + 8 });
    const list = await client.list('Domaine court', ['Portable;Prénom', '0620000001;Zoé', ''].join('\n'));
    const draft = await client.draft({
      name: 'Domaine court',
      kind: 'notification',
      message: 'Offre ${track_1}',
      trackedLinks: [{ url: 'https://www.monsite.com/' }],
      listIds: [list],
    });
    expect((await client.send(draft.id)).status).toBe(200);
    await client.reaches(draft.id, ['completed']);
    const [link] = await linksOf(draft.id);
    const [recipient] = await recipientsOf(draft.id);
    expect(recipient.text).toBe(`Offre clic-ici.net/${link.code}`);
    const onDomain = await app.http().get(`/${link.code}`).set('Host', 'clic-ici.net').set('User-Agent', PHONE);
    expect(onDomain.status).toBe(302);
    expect(onDomain.headers.location).toBe('https://www.monsite.com/');
    // Strapi's own host does not take bare codes: its other routes stay its own.
    expect((await app.http().get(`/${link.code}`).set('User-Agent', PHONE)).status).not.toBe(302);
    // Links sent under the default path keep working after the change.
    expect((await app.http().get(`/l/${link.code}`).set('User-Agent', PHONE)).status).toBe(302);
  });
});

describe('Given an image link (seed 002: "lien image")', () => {
  it('When a phone opens it, Then the Media Library image opens on a light hosted page', async () => {
    const file = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'soldes.png',
        hash: 'soldes_abc',
        ext: '.png',
        mime: 'image/png',
        size: 12.5,
        width: 600,
        height: 280,
        url: '/uploads/soldes_abc.png',
        provider: 'local',
        alternativeText: 'Affiche des soldes',
      },
    });
    const list = await client.list('Image', ['Portable;Prénom', '0630000001;Yann', ''].join('\n'));
    const draft = await client.draft({
      name: 'Affiche',
      kind: 'notification',
      message: 'Notre affiche ${track_1}',
      trackedLinks: [{ url: 'https://www.monsite.com/uploads/soldes_abc.png', imageId: file.id }],
      listIds: [list],
    });
    expect((await client.send(draft.id)).status).toBe(200);
    await client.reaches(draft.id, ['completed']);
    const [link] = await linksOf(draft.id);
    const { base } = await shortLinks();
    const page = await app.http().get(pathOf(base, link.code)).set('User-Agent', PHONE);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<img src="https?:\/\/[^"]+\/uploads\/soldes_abc\.png" alt="Affiche des soldes">/);
    const counted = await eventually(
      () => app.strapi.db.query(LINK).findOne({ where: { id: link.id } }) as Promise<LinkRow>,
      (l) => l.clicks === 1
    );
    expect(counted.clicks).toBe(1);
  });
});
