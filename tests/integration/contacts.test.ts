/**
 * Lists, the contact directory, attributes and exclusion lists through the admin API,
 * on the real playground Strapi (seed 003 and the exclusion lists of seed 004).
 */
import { bearer, startApp, userWithActions, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::mobile-campaigns';

let app: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startApp();
  admin = bearer(app.adminToken);
});

afterAll(async () => {
  await app?.stop();
});

const api = () => app.http();

const createList = async (body: Record<string, unknown>) => {
  const response = await api().post('/mobile-campaigns/lists').set(admin).send(body);
  expect(response.status).toBe(201);
  return response.body.data as { id: number; name: string; contactCount: number; expiresAt: string | null };
};

const addEntry = (listId: number, phone: string, fields: Record<string, string> = {}) =>
  api().post(`/mobile-campaigns/lists/${listId}/entries`).set(admin).send({ phone, fields });

const accountOptOutList = async () => {
  const response = await api().get('/mobile-campaigns/lists').query({ kind: 'exclusion' }).set(admin);
  return (response.body.data as { id: number; system: boolean }[]).find((list) => list.system)!;
};

describe('Given contact lists', () => {
  it('creates a list that expires after 3 months without use by default, or a permanent one', async () => {
    const expiring = await createList({ name: 'Clients boutique' });
    const months = (new Date(expiring.expiresAt!).getTime() - Date.now()) / (30.4 * 24 * 3600 * 1000);
    expect(months).toBeGreaterThan(2.9);
    expect(months).toBeLessThan(3.1);
    const permanent = await createList({ name: 'Abonnés', persistence: 'permanent' });
    expect(permanent.expiresAt).toBeNull();
  });

  it('When contacts are added by hand, Then numbers are normalised, duplicates and invalid ones refused', async () => {
    const list = await createList({ name: 'Saisie manuelle' });
    const first = await addEntry(list.id, '06 12 34 56 78', { Prénom: 'Anne' });
    expect(first.status).toBe(201);
    expect(first.body.data).toEqual(
      expect.objectContaining({ phone: '+33612345678', country: 'FR', line: 1, excluded: false })
    );
    const overseas = await addEntry(list.id, '0692 12 34 56', { Prénom: 'Paul' });
    expect(overseas.body.data).toEqual(expect.objectContaining({ phone: '+262692123456', country: 'RE', line: 2 }));

    const duplicate = await addEntry(list.id, '+33 6 12 34 56 78');
    expect(duplicate.status).toBe(400);
    const invalid = await addEntry(list.id, '12ab');
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.errors[0]).toEqual(expect.objectContaining({ path: ['phone'] }));

    const counts = await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin);
    expect(counts.body.data.contactCount).toBe(2);
  });

  it('Given a list built by hand with its columns, When a row carries a field the list lacks, Then the list gains that column', async () => {
    const list = await createList({ name: 'Numéros saisis', fields: ['Civilité', 'Prénom'] });
    expect((list as unknown as { fields: string[] }).fields).toEqual(['Civilité', 'Prénom']);
    expect((await addEntry(list.id, '06 12 34 56 79', { Prénom: 'Jérôme', Ville: 'Nantes' })).status).toBe(201);
    const read = await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin);
    expect(read.body.data.fields).toEqual(['Civilité', 'Prénom', 'Ville']);
    // The columns are the rows' business: a list update cannot rewrite them.
    const update = await api().put(`/mobile-campaigns/lists/${list.id}`).set(admin).send({ fields: [] });
    expect(update.status).toBe(200);
    expect(update.body.data.fields).toEqual(['Civilité', 'Prénom', 'Ville']);
  });

  it('searches a list by name or by number in any format, with pagination', async () => {
    const list = await createList({ name: 'Recherche' });
    await addEntry(list.id, '0611111111', { Nom: 'Durand' });
    await addEntry(list.id, '0622222222', { Nom: 'Martin' });
    await addEntry(list.id, '0633333333', { Nom: 'Dupont' });

    const byName = await api().get(`/mobile-campaigns/lists/${list.id}/entries`).query({ search: 'martin' }).set(admin);
    expect(byName.body.data.map((e: { phone: string }) => e.phone)).toEqual(['+33622222222']);
    const byNumber = await api()
      .get(`/mobile-campaigns/lists/${list.id}/entries`)
      .query({ search: '+33 6 33 33 33 33' })
      .set(admin);
    expect(byNumber.body.data.map((e: { fields: { Nom: string } }) => e.fields.Nom)).toEqual(['Dupont']);
    const page = await api()
      .get(`/mobile-campaigns/lists/${list.id}/entries`)
      .query({ page: 2, pageSize: 2 })
      .set(admin);
    expect(page.body.data).toHaveLength(1);
    expect(page.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
  });

  it('edits and deletes an entry, and moves a number to the opt-out list', async () => {
    const list = await createList({ name: 'Édition' });
    const entry = (await addEntry(list.id, '0644444444', { Nom: 'Petit' })).body.data;
    const edited = await api()
      .put(`/mobile-campaigns/lists/${list.id}/entries/${entry.id}`)
      .set(admin)
      .send({ phone: '0655555555', fields: { Nom: 'Petit-Durand' } });
    expect(edited.body.data).toEqual(
      expect.objectContaining({ phone: '+33655555555', fields: { Nom: 'Petit-Durand' } })
    );

    const excluded = await api()
      .post(`/mobile-campaigns/lists/${list.id}/entries/${entry.id}/exclude`)
      .set(admin)
      .send({});
    expect(excluded.status).toBe(200);
    expect(excluded.body.data).toEqual(expect.objectContaining({ phone: '+33655555555', source: 'manual' }));
    const entries = await api().get(`/mobile-campaigns/lists/${list.id}/entries`).set(admin);
    expect(entries.body.data[0].excluded).toBe(true);
    expect((await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin)).body.data.excludedCount).toBe(1);

    const removed = await api().delete(`/mobile-campaigns/lists/${list.id}/entries/${entry.id}`).set(admin);
    expect(removed.status).toBe(200);
    expect((await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin)).body.data.contactCount).toBe(0);
  });

  it('merges two lists without duplicating numbers, then deletes the merged one; contacts stay in the directory', async () => {
    const target = await createList({ name: 'Fusion A' });
    const source = await createList({ name: 'Fusion B' });
    await addEntry(target.id, '0670000001');
    await addEntry(source.id, '0670000001');
    await addEntry(source.id, '0670000002');
    const merged = await api()
      .post(`/mobile-campaigns/lists/${target.id}/merge`)
      .set(admin)
      .send({ sourceListId: source.id });
    expect(merged.status).toBe(200);
    expect(merged.body.data.contactCount).toBe(2);
    expect((await api().get(`/mobile-campaigns/lists/${source.id}`).set(admin)).status).toBe(404);

    const entries = await api().get(`/mobile-campaigns/lists/${target.id}/entries`).set(admin);
    // The merged rows follow the target's, in their own order.
    const rows = entries.body.data as { line: number; phone: string }[];
    expect(rows.map((e) => e.phone)).toEqual(['+33670000001', '+33670000002']);
    expect(rows[1].line).toBeGreaterThan(rows[0].line);

    await api().delete(`/mobile-campaigns/lists/${target.id}`).set(admin).expect(200);
    const directory = await api().get('/mobile-campaigns/contacts').query({ search: '0670000002' }).set(admin);
    expect(directory.body.data.map((c: { phone: string }) => c.phone)).toEqual(['+33670000002']);
  });

  it('deactivates a list and filters by status and name', async () => {
    const list = await createList({ name: 'Ancienne liste' });
    await api().put(`/mobile-campaigns/lists/${list.id}`).set(admin).send({ status: 'inactive' }).expect(200);
    const inactive = await api()
      .get('/mobile-campaigns/lists')
      .query({ status: 'inactive', search: 'ANCIENNE' })
      .set(admin);
    expect(inactive.body.data.map((l: { name: string }) => l.name)).toEqual(['Ancienne liste']);
  });
});

describe('Given the contact directory', () => {
  it('creates, finds, edits and erases a contact, and its list rows with it', async () => {
    const created = await api()
      .post('/mobile-campaigns/contacts')
      .set(admin)
      .send({
        phone: '07 81 00 00 01',
        firstName: 'Léa',
        lastName: 'Moreau',
        email: 'lea@example.com',
        attributes: { Ville: 'Lyon' },
      });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual(expect.objectContaining({ phone: '+33781000001', firstName: 'Léa' }));
    const again = await api().post('/mobile-campaigns/contacts').set(admin).send({ phone: '+33781000001' });
    expect(again.status).toBe(400);

    const found = await api().get('/mobile-campaigns/contacts').query({ search: 'moreau' }).set(admin);
    expect(found.body.data).toHaveLength(1);

    const list = await createList({ name: 'Depuis annuaire' });
    const added = await api()
      .post('/mobile-campaigns/contacts/add-to-list')
      .set(admin)
      .send({ contactIds: [created.body.data.id], listId: list.id });
    expect(added.body.data).toEqual({ added: 1 });
    const addedAgain = await api()
      .post('/mobile-campaigns/contacts/add-to-list')
      .set(admin)
      .send({ contactIds: [created.body.data.id], listId: list.id });
    expect(addedAgain.body.data).toEqual({ added: 0 });

    await api().delete(`/mobile-campaigns/contacts/${created.body.data.id}`).set(admin).expect(200);
    expect((await api().get(`/mobile-campaigns/contacts/${created.body.data.id}`).set(admin)).status).toBe(404);
    const rows = await api().get(`/mobile-campaigns/lists/${list.id}/entries`).set(admin);
    expect(rows.body.data).toHaveLength(0);
    expect((await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin)).body.data.contactCount).toBe(0);
  });

  it('creates a list from a selection of contacts', async () => {
    const ids = [];
    for (const phone of ['0781000010', '0781000011']) {
      ids.push(
        (await api().post('/mobile-campaigns/contacts').set(admin).send({ phone, lastName: 'Sélection' })).body.data.id
      );
    }
    const response = await api()
      .post('/mobile-campaigns/contacts/create-list')
      .set(admin)
      .send({ contactIds: ids, name: 'Ma sélection' });
    expect(response.status).toBe(201);
    expect(response.body.data).toEqual(expect.objectContaining({ name: 'Ma sélection', contactCount: 2 }));
  });

  it('lists the built-in attributes and refuses a second attribute with the same variable', async () => {
    const attributes = await api().get('/mobile-campaigns/attributes').set(admin);
    expect(attributes.body.data.map((a: { variable: string }) => a.variable)).toEqual(
      expect.arrayContaining(['Prénom', 'Nom', 'Civilité'])
    );
    const created = await api()
      .post('/mobile-campaigns/attributes')
      .set(admin)
      .send({ name: 'Points fidélité', type: 'integer', variable: 'Points' });
    expect(created.status).toBe(201);
    const clash = await api()
      .post('/mobile-campaigns/attributes')
      .set(admin)
      .send({ name: 'Autre', type: 'text', variable: 'points' });
    expect(clash.status).toBe(400);
    const builtIn = attributes.body.data.find((a: { builtIn: boolean }) => a.builtIn);
    expect((await api().delete(`/mobile-campaigns/attributes/${builtIn.id}`).set(admin)).status).toBe(400);
    expect((await api().delete(`/mobile-campaigns/attributes/${created.body.data.id}`).set(admin)).status).toBe(200);
  });
});

describe('Given exclusion lists', () => {
  it('has an account opt-out list from the start, which cannot be deleted', async () => {
    const optOut = await accountOptOutList();
    expect(optOut).toBeDefined();
    expect((await api().delete(`/mobile-campaigns/lists/${optOut.id}`).set(admin)).status).toBe(400);
  });

  it('adds pasted numbers: valid ones once, invalid ones reported with a reason', async () => {
    const list = await createList({ name: 'RGPD', kind: 'exclusion' });
    const response = await api()
      .post(`/mobile-campaigns/lists/${list.id}/opt-outs`)
      .set(admin)
      .send({ numbers: '06 12 34 56 78\n+33612345678; 0699\n07.81.00.00.99', note: 'Demande RGPD' });
    expect(response.status).toBe(200);
    expect(response.body.data.added).toBe(2);
    expect(response.body.data.invalid).toEqual([expect.objectContaining({ value: '0699' })]);
    const again = await api()
      .post(`/mobile-campaigns/lists/${list.id}/opt-outs`)
      .set(admin)
      .send({ numbers: '0612345678' });
    expect(again.body.data).toEqual({ added: 0, alreadyPresent: 1, invalid: [] });
    expect((await api().get(`/mobile-campaigns/lists/${list.id}`).set(admin)).body.data.contactCount).toBe(2);
  });

  it('merges two exclusion lists without duplicating numbers', async () => {
    const target = await createList({ name: 'Exclusions A', kind: 'exclusion' });
    const source = await createList({ name: 'Exclusions B', kind: 'exclusion' });
    await api().post(`/mobile-campaigns/lists/${target.id}/opt-outs`).set(admin).send({ numbers: '0600000101' });
    await api()
      .post(`/mobile-campaigns/lists/${source.id}/opt-outs`)
      .set(admin)
      .send({ numbers: '0600000101\n0600000102' });
    const merged = await api()
      .post(`/mobile-campaigns/lists/${target.id}/merge`)
      .set(admin)
      .send({ sourceListId: source.id });
    expect(merged.body.data.contactCount).toBe(2);
    const numbers = await api().get(`/mobile-campaigns/lists/${target.id}/opt-outs`).set(admin);
    expect(numbers.body.data.map((o: { phone: string }) => o.phone).sort()).toEqual(['+33600000101', '+33600000102']);
  });

  it('When a user lacks the removal permission, Then removing a number is refused', async () => {
    const list = await createList({ name: 'Protégée', kind: 'exclusion' });
    await api().post(`/mobile-campaigns/lists/${list.id}/opt-outs`).set(admin).send({ numbers: '0688888888' });
    const [optOut] = (await api().get(`/mobile-campaigns/lists/${list.id}/opt-outs`).set(admin)).body.data;

    const manager = bearer(await userWithActions(app, 'Contact manager', [`${PLUGIN}.contacts.manage`]));
    expect((await api().delete(`/mobile-campaigns/opt-outs/${optOut.id}`).set(manager)).status).toBe(403);

    const remover = bearer(
      await userWithActions(app, 'Opt-out remover', [`${PLUGIN}.contacts.manage`, `${PLUGIN}.opt-outs.remove`])
    );
    expect((await api().delete(`/mobile-campaigns/opt-outs/${optOut.id}`).set(remover)).status).toBe(200);
    expect((await api().get(`/mobile-campaigns/lists/${list.id}/opt-outs`).set(admin)).body.data).toHaveLength(0);
  });

  it('marks list rows whose number is in any exclusion list', async () => {
    const list = await createList({ name: 'Avec exclus' });
    await addEntry(list.id, '0699999991');
    await addEntry(list.id, '0699999992');
    const optOut = await accountOptOutList();
    await api().post(`/mobile-campaigns/lists/${optOut.id}/opt-outs`).set(admin).send({ numbers: '0699999992' });
    const entries = await api().get(`/mobile-campaigns/lists/${list.id}/entries`).set(admin);
    expect(entries.body.data.map((e: { excluded: boolean }) => e.excluded)).toEqual([false, true]);
  });
});

describe('Given exports of personal data', () => {
  it('exports a list as CSV with neutralised cells, only for a role allowed to export', async () => {
    const list = await createList({ name: 'Export' });
    await addEntry(list.id, '0612121212', { Nom: '=HYPERLINK("http://evil")' });
    await app.strapi.db.query(`${PLUGIN}.list`).update({ where: { id: list.id }, data: { fields: ['Nom'] } });

    const response = await api()
      .get(`/mobile-campaigns/lists/${list.id}/export`)
      .set(admin)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('Export.csv');
    const lines = (response.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Line;Mobile number;Valid;Country;Reason;Nom');
    expect(lines[1]).toBe(`1;+33 6 12 12 12 12;yes;FR;;"'=HYPERLINK(""http://evil"")"`);

    const manager = bearer(await userWithActions(app, 'No export', [`${PLUGIN}.contacts.manage`]));
    expect((await api().get(`/mobile-campaigns/lists/${list.id}/export`).set(manager)).status).toBe(403);
    expect((await api().get('/mobile-campaigns/contacts/export').set(manager)).status).toBe(403);
  });

  it('exports the directory with its attributes', async () => {
    await api()
      .post('/mobile-campaigns/contacts')
      .set(admin)
      .send({ phone: '0781999999', firstName: 'Zoé', attributes: { Ville: 'Nantes' } });
    const response = await api()
      .get('/mobile-campaigns/contacts/export')
      .set(admin)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    const lines = (response.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(';').slice(0, 5)).toEqual(['Mobile number', 'Country', 'First name', 'Last name', 'Email']);
    const zoe = lines.find((line) => line.startsWith('+33 7 81 99 99 99'))!;
    expect(zoe).toContain('Zoé');
    expect(zoe.split(';')[lines[0].split(';').indexOf('Ville')]).toBe('Nantes');
  });
});

describe('Given lists left unused', () => {
  const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 24 * 3600 * 1000);
  const age = (id: number, months: number) =>
    app.strapi.db
      .query(`${PLUGIN}.list`)
      .update({ where: { id }, data: { createdAt: monthsAgo(months), lastUsedAt: null } });

  it('purges expiring lists past their period, keeps permanent, recent and campaign-referenced ones, and keeps the contacts', async () => {
    const old = await createList({ name: 'Vieille liste', persistence: 'expiring', expiresAfterMonths: 3 });
    await addEntry(old.id, '0677000001');
    const recent = await createList({ name: 'Liste récente', persistence: 'expiring', expiresAfterMonths: 6 });
    const permanent = await createList({ name: 'Liste pérenne', persistence: 'permanent' });
    const referenced = await createList({ name: 'Liste en campagne', persistence: 'expiring', expiresAfterMonths: 1 });
    await age(old.id, 4);
    await age(recent.id, 4);
    await age(permanent.id, 24);
    await age(referenced.id, 4);
    await api()
      .post('/mobile-campaigns/campaigns')
      .set(admin)
      .send({ name: 'Brouillon', listIds: [referenced.id] })
      .expect(201);

    const { purged } = await app.strapi.plugin('mobile-campaigns').service('lists').purgeExpired();
    expect(purged).toContain(old.id);
    expect(purged).not.toContain(recent.id);
    expect(purged).not.toContain(permanent.id);
    expect(purged).not.toContain(referenced.id);
    for (const kept of [recent.id, permanent.id, referenced.id]) {
      expect((await api().get(`/mobile-campaigns/lists/${kept}`).set(admin)).status).toBe(200);
    }
    expect((await api().get(`/mobile-campaigns/lists/${old.id}`).set(admin)).status).toBe(404);
    const contact = await api().get('/mobile-campaigns/contacts').query({ search: '0677000001' }).set(admin);
    expect(contact.body.data).toHaveLength(1);
  });

  it('gives a new list the retention of the settings when none is chosen', async () => {
    const settings = (await api().get('/mobile-campaigns/settings').set(admin)).body.data;
    await api()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, listRetentionMonths: null })
      .expect(200);
    const list = await createList({ name: 'Par défaut pérenne' });
    expect(list).toEqual(expect.objectContaining({ persistence: 'permanent', expiresAt: null }));
    await api()
      .put('/mobile-campaigns/settings')
      .set(admin)
      .send({ ...settings, listRetentionMonths: 6 })
      .expect(200);
    const six = await createList({ name: 'Par défaut 6 mois' });
    expect(six).toEqual(expect.objectContaining({ persistence: 'expiring', expiresAfterMonths: 6 }));
    await api().put('/mobile-campaigns/settings').set(admin).send(settings).expect(200);
  });
});
