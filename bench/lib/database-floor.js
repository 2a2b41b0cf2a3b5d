/**
 * The database's own floor for `bench:import`: how long the database alone takes to insert as
 * many list rows (and directory contacts) as the import wrote, generated inside the server by one
 * `INSERT … SELECT` over a number series, into the playground's real tables with their real
 * indexes. No file, no parsing, no client, no round trip: whatever the import does, it cannot be
 * faster than this on the same database. Numbers come in no order, as in a real file (a
 * multiplicative permutation of eight digits), and every row has a JSON value of its own.
 */
'use strict';

/** Eight digits in no order and never twice for x < 10^8: x · 48271 mod 10^8 (48271 is prime to 10). */
const SCATTER = 48271;

const series = {
  sqlite: (count) => `WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < ${count})`,
  postgres: (count) => `WITH g(x) AS (SELECT generate_series(1, ${count}))`,
  mysql: (count) => `WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < ${count})`,
};

const sql = {
  sqlite: {
    digits: `substr('0000000' || ((x * ${SCATTER}) % 100000000), -8)`,
    id: `'floor' || printf('%019d', x)`,
    json: (value) => value,
    now: `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`,
  },
  postgres: {
    digits: `lpad(((x::bigint * ${SCATTER}) % 100000000)::text, 8, '0')`,
    id: `'floor' || lpad(x::text, 19, '0')`,
    json: (value) => `(${value})::jsonb`,
    now: 'now()',
  },
  mysql: {
    digits: `lpad((x * ${SCATTER}) % 100000000, 8, '0')`,
    id: `concat('floor', lpad(x, 19, '0'))`,
    json: (value) => value,
    now: 'now(3)',
  },
};

const concat = (client, parts) => (client === 'mysql' ? `concat(${parts.join(', ')})` : parts.join(' || '));

/**
 * Inserts `entries` list rows and `contacts` contacts the way the import shapes them; returns
 * the seconds each took. The caller gives an empty database: the import's own was empty too.
 */
async function databaseFloor(strapi, { entries, contacts }) {
  const client = strapi.db.dialect.client === 'better-sqlite3' ? 'sqlite' : strapi.db.dialect.client;
  const knex = strapi.db.connection;
  const table = (uid) => strapi.db.metadata.get(uid).tableName;
  const s = sql[client];
  const phone = concat(client, [`'+336'`, s.digits]);
  const fields = s.json(
    concat(client, [
      `'{"Ville":"Besançon","Code postal":"'`,
      `(10000 + x % 90000)`,
      `'","Date inscription":"05/03/2025"}'`,
    ])
  );
  const figures = { entries: 0, contacts: 0 };
  if (client === 'mysql') await knex.raw('SET SESSION max_recursive_iterations = 100000000').catch(() => undefined);

  let start = process.hrtime.bigint();
  if (contacts > 0) {
    await knex.raw(
      `INSERT INTO ${table('plugin::mobile-campaigns.contact')}
         (document_id, phone, country, first_name, last_name, email, attributes, import_id, created_at, updated_at, published_at)
       ${series[client](contacts)}
       SELECT ${s.id}, ${phone}, 'FR', 'Élodie', ${concat(client, [`'Lefèvre'`, 'x % 1000'])},
              ${concat(client, [`'contact.'`, 'x', `'@exemple.fr'`])}, ${s.json(`'{}'`)}, 1, ${s.now}, ${s.now}, ${s.now}
       FROM g`
    );
  }
  figures.contacts = Number(process.hrtime.bigint() - start) / 1e9;

  start = process.hrtime.bigint();
  await knex.raw(
    `INSERT INTO ${table('plugin::mobile-campaigns.list-entry')}
       (document_id, list_id, contact_id, line, phone_raw, phone, country, valid, reason, fields, import_id, created_at, updated_at, published_at)
     ${series[client](entries)}
     SELECT ${s.id}, 1, ${contacts > 0 ? `CASE WHEN x <= ${contacts} THEN x END` : 'NULL'}, x + 1,
            '06 12 34 56 78', ${phone}, 'FR', ${client === 'postgres' ? 'true' : '1'}, NULL, ${fields}, 1, ${s.now}, ${s.now}, ${s.now}
     FROM g`
  );
  figures.entries = Number(process.hrtime.bigint() - start) / 1e9;
  return figures;
}

module.exports = { databaseFloor };
