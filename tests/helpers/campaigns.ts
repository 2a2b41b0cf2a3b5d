/** Lists and campaigns over HTTP, for the dispatch tests. */
import type { TestApp } from './strapi';
import { importClient } from './imports';

export interface Campaign {
  id: number;
  status: string;
  scheduledAt: string | null;
  kind: string;
  recipientCount: number;
  invalidCount: number;
  duplicateCount: number;
  excludedCount: number;
  submittedCount: number;
  deliveredCount: number;
  creditsReserved: number;
  creditsUsed: number;
  creditsRefunded: number;
  statusCounts: Record<string, number>;
  pauseReason: string | null;
  pauseDetail: string | null;
}

export const campaignClient = (app: TestApp, headers: Record<string, string>) => {
  const api = () => app.http();
  const imports = importClient(app, headers);

  /** Imports a semicolon CSV (header `Portable;Prénom…`) into a new contact list; returns its id. */
  const list = async (name: string, csv: string): Promise<number> => {
    const job = await imports.analysed(await imports.uploaded(csv, `${name}.csv`));
    const headersOfFile = job.format.headers;
    const mapping = headersOfFile.map((header, index) =>
      index === job.format.phoneColumn ? { action: 'skip' } : { action: 'field', name: header }
    );
    const started = await imports.start(job.id, { target: { kind: 'new-list', list: { name } }, mapping });
    if (started.status !== 200) throw new Error(`Import: ${started.status} ${started.text}`);
    const done = await imports.settled(job.id);
    if (done.status !== 'completed') throw new Error(`Import ${job.id} ${done.status}: ${JSON.stringify(done.error)}`);
    return done.listId as number;
  };

  const draft = async (body: Record<string, unknown>): Promise<Campaign> => {
    const response = await api().post('/mobile-campaigns/campaigns').set(headers).send(body);
    if (response.status !== 201) throw new Error(`Create: ${response.status} ${response.text}`);
    return response.body.data as Campaign;
  };

  const send = (id: number, body: Record<string, unknown> = {}) =>
    api().post(`/mobile-campaigns/campaigns/${id}/send`).set(headers).send(body);

  const get = async (id: number): Promise<Campaign> =>
    (await api().get(`/mobile-campaigns/campaigns/${id}`).set(headers)).body.data as Campaign;

  /** Polls until the campaign reaches one of `statuses` (bounded). */
  const reaches = async (id: number, statuses: string[], timeoutMs = 60_000): Promise<Campaign> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const campaign = await get(id);
      if (statuses.includes(campaign.status)) return campaign;
      if (Date.now() > deadline)
        throw new Error(`Campaign ${id} still ${campaign.status}: ${JSON.stringify(campaign.statusCounts)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  const action = (id: number, name: 'pause' | 'resume' | 'cancel' | 'unschedule') =>
    api().post(`/mobile-campaigns/campaigns/${id}/${name}`).set(headers).send({});

  const update = (id: number, body: Record<string, unknown>) =>
    api().put(`/mobile-campaigns/campaigns/${id}`).set(headers).send(body);

  /** Step 2's summary over lists (and exclusion lists). */
  const audience = (body: Record<string, unknown>) =>
    api().post('/mobile-campaigns/campaigns/audience').set(headers).send(body);

  const estimate = (id: number) => api().post(`/mobile-campaigns/campaigns/${id}/estimate`).set(headers).send({});

  /** A new exclusion list holding `numbers` (`,` separated); returns its id. */
  const exclusionList = async (name: string, numbers: string): Promise<number> => {
    const created = await api().post('/mobile-campaigns/lists').set(headers).send({ name, kind: 'exclusion' });
    if (created.status !== 201) throw new Error(`Exclusion list: ${created.status} ${created.text}`);
    await optOut(created.body.data.id, numbers);
    return created.body.data.id as number;
  };

  const optOut = async (listId: number, numbers: string) => {
    const added = await api().post(`/mobile-campaigns/lists/${listId}/opt-outs`).set(headers).send({ numbers });
    if (added.status >= 300) throw new Error(`Opt-outs: ${added.status} ${added.text}`);
  };

  /** The account's STOP list (the system exclusion list). */
  const stopList = async (): Promise<number> => {
    const lists = await api().get('/mobile-campaigns/lists').query({ kind: 'exclusion' }).set(headers);
    return (lists.body.data as { id: number; system: boolean }[]).find((list) => list.system)!.id;
  };

  return { list, draft, send, get, reaches, action, update, audience, estimate, exclusionList, optOut, stopList };
};

/** `Portable;Prénom` rows for `count` French mobiles from `first`. */
export const mobiles = (count: number, first = 10_000_000, extra: string[] = []): string =>
  [
    'Portable;Prénom',
    ...Array.from({ length: count }, (_, i) => `06${String(first + i).padStart(8, '0')};Client ${i}`),
    ...extra,
  ]
    .join('\n')
    .concat('\n');
