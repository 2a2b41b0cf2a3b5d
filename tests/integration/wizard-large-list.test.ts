/**
 * The wizard's audience summary and estimate on a 100,000-row list: read in chunks, never the
 * list in one array. Opt-in (`MC_LARGE_LIST=1`), as it imports 100k rows first; it prints the times.
 */
import { campaignClient, mobiles } from '../helpers/campaigns';
import { startApp, type TestApp } from '../helpers/strapi';

jest.setTimeout(600_000);

const ROWS = 100_000;
const run = process.env.MC_LARGE_LIST === '1' ? describe : describe.skip;

run(`Given a list of ${ROWS} rows`, () => {
  let app: TestApp;
  let client: ReturnType<typeof campaignClient>;
  let listId: number;

  beforeAll(async () => {
    app = await startApp();
    client = campaignClient(app, { Authorization: `Bearer ${app.adminToken}` });
    listId = await client.list('Grande liste', mobiles(ROWS));
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('When its summary and estimate are asked, Then they count every row, in bounded time', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    let started = Date.now();
    const summary = await client.audience({ listIds: [listId] });
    const summaryMs = Date.now() - started;
    expect(summary.status).toBe(200);
    expect(summary.body.data).toEqual(expect.objectContaining({ recipients: ROWS, valid: ROWS }));

    const draft = await client.draft({ name: 'Grande', message: 'Bonjour ${Prénom}', listIds: [listId] });
    started = Date.now();
    const estimate = await client.estimate(draft.id);
    const estimateMs = Date.now() - started;
    expect(estimate.body.data).toEqual(expect.objectContaining({ billable: ROWS, credits: ROWS }));
    console.log(
      `[large list] ${process.env.DATABASE_CLIENT ?? 'sqlite'}: summary ${summaryMs} ms, estimate ${estimateMs} ms, ` +
        `heap +${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6)} MB (test process, Strapi included)`
    );
  });
});
