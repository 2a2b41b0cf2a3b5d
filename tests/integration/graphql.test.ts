/**
 * A project that also runs @strapi/plugin-graphql (tests/apps/graphql: the playground plus GraphQL).
 * GraphQL's shadow CRUD generates queries and mutations for every content type, reachable with any
 * API token: the plugin's types (the contact directory, the opt-outs…) must not be among them, nor
 * behind a REST content-API route. They are served only by the RBAC-guarded admin API.
 */
import { join } from 'node:path';
import type { Struct } from '@strapi/strapi';
import { bearer, startApp, type TestApp } from '../helpers/strapi';

const PLUGIN_ID = 'mobile-campaigns';
const GRAPHQL_APP = join(__dirname, '..', 'apps', 'graphql');

let app: TestApp;
let apiToken: Record<string, string>;

beforeAll(async () => {
  app = await startApp({ appDir: GRAPHQL_APP });
  const response = await app
    .http()
    .post('/admin/api-tokens')
    .set(bearer(app.adminToken))
    // Not "Full Access": Strapi creates a token of that name on a new database (MariaDB compares names case-blind).
    .send({ name: 'GraphQL exposure test', type: 'full-access', lifespan: null });
  if (response.status !== 201) throw new Error(`API token not created: ${response.status} ${response.text}`);
  apiToken = bearer(response.body.data.accessKey);
});

afterAll(async () => {
  await app?.stop();
});

type Naming = Record<
  | 'getTypeName'
  | 'getFindQueryName'
  | 'getFindOneQueryName'
  | 'getFindConnectionQueryName'
  | 'getCreateMutationTypeName'
  | 'getUpdateMutationTypeName'
  | 'getDeleteMutationTypeName',
  (contentType: Struct.ContentTypeSchema) => string
>;

/** The names the GraphQL plugin gives a content type's root fields and main type (its own naming service). */
const generatedNames = (contentType: Struct.ContentTypeSchema) => {
  const naming = (app.strapi.plugin('graphql').service('utils') as { naming: Naming }).naming;
  const names = {
    find: naming.getFindQueryName(contentType),
    findOne: naming.getFindOneQueryName(contentType),
    findConnection: naming.getFindConnectionQueryName(contentType),
    create: naming.getCreateMutationTypeName(contentType),
    update: naming.getUpdateMutationTypeName(contentType),
    delete: naming.getDeleteMutationTypeName(contentType),
    type: naming.getTypeName(contentType),
  };
  return { ...names, all: Object.values(names) };
};

const pluginContentTypes = () =>
  Object.values(app.strapi.plugin(PLUGIN_ID).contentTypes) as unknown as Struct.ContentTypeSchema[];

const pluginContentType = (singularName: string) =>
  pluginContentTypes().find((ct) => ct.info.singularName === singularName)!;

const graphql = (query: string) => app.http().post('/graphql').set(apiToken).send({ query });

interface Schema {
  queries: string[];
  mutations: string[];
  types: string[];
}

const introspect = async (): Promise<Schema> => {
  const response = await graphql(
    '{ __schema { queryType { fields { name } } mutationType { fields { name } } types { name } } }'
  );
  expect(response.status).toBe(200);
  const schema = response.body.data.__schema;
  const names = (list: { name: string }[] | undefined) => (list ?? []).map(({ name }) => name);
  return {
    queries: names(schema.queryType?.fields),
    mutations: names(schema.mutationType?.fields),
    types: names(schema.types),
  };
};

describe('Given a Strapi project that also runs the GraphQL plugin, and a full-access API token', () => {
  it('sees the generated API of other content types, so the checks below are not vacuous', async () => {
    const schema = await introspect();
    const uploads = generatedNames(app.strapi.contentType('plugin::upload.file') as Struct.ContentTypeSchema);
    expect([uploads.find, uploads.findOne]).toEqual(['uploadFiles', 'uploadFile']);
    expect(schema.queries).toEqual(expect.arrayContaining([uploads.find, uploads.findOne, uploads.findConnection]));
    expect(schema.types).toContain(uploads.type);
    expect(schema.mutations.length).toBeGreaterThan(0);
  });

  it('finds no query, mutation or type of any of the plugin content types', async () => {
    const schema = await introspect();
    const ours = pluginContentTypes();
    expect(ours.map((ct) => ct.info.singularName)).toEqual(expect.arrayContaining(['contact', 'opt-out']));
    expect(generatedNames(pluginContentType('contact')).find).toBe('mobileCampaignsContacts');

    const generated = ours.flatMap((ct) => generatedNames(ct).all);
    const exposed = [...schema.queries, ...schema.mutations, ...schema.types];
    expect(exposed.filter((name) => generated.includes(name))).toEqual([]);
    // Also the derived types (filters, inputs, enums, responses…): all carry the plugin's prefix.
    expect(exposed.filter((name) => /mobile_?campaigns/i.test(name))).toEqual([]);
  });

  it('refuses a direct query of the contact directory and a deletion of opt-outs as invalid GraphQL', async () => {
    const contacts = generatedNames(pluginContentType('contact')).find;
    const read = await graphql(`{ ${contacts} { documentId phone } }`);
    expect(read.status).toBe(400);
    expect(read.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(read.body.errors[0].message).toContain(`Cannot query field "${contacts}"`);

    const deleteOptOut = generatedNames(pluginContentType('opt-out')).delete;
    const deletion = await graphql(`mutation { ${deleteOptOut}(documentId: "any") { documentId } }`);
    expect(deletion.status).toBe(400);
    expect(deletion.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('has no REST content-API route for them either (Strapi 5 makes none for a plugin that declares none)', async () => {
    const plurals = pluginContentTypes().map((ct) => ct.info.pluralName);
    const contentApiPaths = app.strapi.server
      .listRoutes()
      .map((layer) => layer.path)
      .filter((path) => path.startsWith('/api/'));
    expect(contentApiPaths.length).toBeGreaterThan(0);
    expect(
      contentApiPaths.filter(
        (path) => path.startsWith(`/api/${PLUGIN_ID}`) || plurals.some((plural) => path.startsWith(`/api/${plural}`))
      )
    ).toEqual([]);
    const response = await app.http().get(`/api/${PLUGIN_ID}/contacts`).set(apiToken);
    expect(response.status).toBe(404);
  });
});
