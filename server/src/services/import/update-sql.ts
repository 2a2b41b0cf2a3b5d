import type { DatabaseClient, Tables } from './bulk';
import { STAGE_TABLE } from './bulk-sql';

/**
 * "Update existing contacts", set-based, in each database's SQL. For a chunk of staged rows:
 * 1. `savePrevious` keeps, on each list row of the import whose contact existed before it, that
 *    contact's current values (`previous_contact`);
 * 2. `update` writes the file's values over them: a mapped cell that is empty, or did not fit its
 *    type, leaves the value alone (the staged value is NULL), and attributes are merged.
 * A roll-back (`restore`, by ranges of list-row ids) puts the kept values back before the rows
 * are deleted, so that an import cancelled or failed midway changed nothing.
 *
 * Bindings: savePrevious (listId, importId, low, high, importId); update (now, listId, importId,
 * low, high, importId); restore (importId, lowId, highId).
 */
export interface UpdateSql {
  savePrevious(tables: Tables): string;
  update(tables: Tables): string;
  restore(tables: Tables): string;
}

/** The list rows of this import in the chunk, and their contacts that existed before it. */
const CHUNK_ROWS = `e.list_id = ? AND e.import_id = ? AND e.phone = s.phone AND s.seq BETWEEN ? AND ?`;
const OLD_CONTACT = `(c.import_id IS NULL OR c.import_id <> ?)`;

const postgres: UpdateSql = {
  savePrevious: ({ contacts, entries }) =>
    `UPDATE ${entries} e SET previous_contact = jsonb_build_object('firstName', c.first_name, 'lastName', c.last_name,
       'email', c.email, 'attributes', COALESCE(c.attributes, '{}'::jsonb))
     FROM ${STAGE_TABLE} s, ${contacts} c
     WHERE ${CHUNK_ROWS} AND s.valid AND c.id = e.contact_id AND ${OLD_CONTACT}`,
  update: ({ contacts, entries }) =>
    `UPDATE ${contacts} c SET first_name = COALESCE(s.first_name, c.first_name),
       last_name = COALESCE(s.last_name, c.last_name), email = COALESCE(s.email, c.email),
       attributes = COALESCE(c.attributes, '{}'::jsonb) || COALESCE(s.attributes, '{}')::jsonb, updated_at = ?
     FROM ${STAGE_TABLE} s, ${entries} e
     WHERE ${CHUNK_ROWS} AND s.valid AND c.id = e.contact_id AND ${OLD_CONTACT}`,
  restore: ({ contacts, entries }) =>
    `UPDATE ${contacts} c SET first_name = e.previous_contact->>'firstName', last_name = e.previous_contact->>'lastName',
       email = e.previous_contact->>'email', attributes = e.previous_contact->'attributes'
     FROM ${entries} e
     WHERE e.import_id = ? AND e.id BETWEEN ? AND ? AND e.previous_contact IS NOT NULL AND c.id = e.contact_id`,
};

/**
 * SQLite flattens a subquery into the UPDATE's join and then plans it from the target table,
 * scanning the staging table (which has no index on the number) for each row. The chunk's list
 * rows are therefore picked first in a materialized CTE whose CROSS JOIN keeps SQLite's order:
 * staged rows by their key, then each list row by the list's number index.
 */
const sqliteChunkRows = ({ entries }: Tables, columns: string) =>
  `WITH u AS MATERIALIZED (SELECT ${columns} FROM ${STAGE_TABLE} s CROSS JOIN ${entries} e
     WHERE ${CHUNK_ROWS} AND s.valid = 1)`;

const sqlite: UpdateSql = {
  savePrevious: (tables) =>
    `${sqliteChunkRows(tables, 'e.id AS id, e.contact_id AS contact_id')}
     UPDATE ${tables.entries} SET previous_contact = json_object('firstName', c.first_name, 'lastName', c.last_name,
       'email', c.email, 'attributes', json(COALESCE(c.attributes, '{}')))
     FROM u, ${tables.contacts} c
     WHERE ${tables.entries}.id = u.id AND c.id = u.contact_id AND ${OLD_CONTACT}`,
  // The time goes first among the CTE's columns, so that the bindings keep the order of the other databases.
  update: (tables) =>
    `${sqliteChunkRows(tables, '? AS stamp, e.contact_id AS id, s.first_name, s.last_name, s.email, s.attributes')}
     UPDATE ${tables.contacts} AS c SET first_name = COALESCE(u.first_name, c.first_name),
       last_name = COALESCE(u.last_name, c.last_name), email = COALESCE(u.email, c.email),
       attributes = json_patch(COALESCE(c.attributes, '{}'), COALESCE(u.attributes, '{}')), updated_at = u.stamp
     FROM u WHERE c.id = u.id AND ${OLD_CONTACT}`,
  restore: ({ contacts, entries }) =>
    `UPDATE ${contacts} AS c SET first_name = json_extract(u.p, '$.firstName'),
       last_name = json_extract(u.p, '$.lastName'), email = json_extract(u.p, '$.email'),
       attributes = json_extract(u.p, '$.attributes')
     FROM (SELECT contact_id AS id, previous_contact AS p FROM ${entries}
           WHERE import_id = ? AND id BETWEEN ? AND ? AND previous_contact IS NOT NULL) u
     WHERE c.id = u.id`,
};

/** A text value of a JSON document, SQL NULL for a JSON null (JSON_UNQUOTE alone gives 'null'). */
const mysqlText = (document: string, key: string) =>
  `CASE WHEN JSON_TYPE(JSON_EXTRACT(${document}, '$.${key}')) = 'NULL' THEN NULL
        ELSE JSON_UNQUOTE(JSON_EXTRACT(${document}, '$.${key}')) END`;

const mysql: UpdateSql = {
  savePrevious: ({ contacts, entries }) =>
    `UPDATE ${entries} e JOIN ${STAGE_TABLE} s ON e.phone = s.phone JOIN ${contacts} c ON c.id = e.contact_id
     SET e.previous_contact = JSON_OBJECT('firstName', c.first_name, 'lastName', c.last_name, 'email', c.email,
       'attributes', JSON_EXTRACT(COALESCE(c.attributes, '{}'), '$'))
     WHERE ${CHUNK_ROWS} AND s.valid = 1 AND ${OLD_CONTACT}`,
  update: ({ contacts, entries }) =>
    `UPDATE ${contacts} c JOIN ${entries} e ON c.id = e.contact_id JOIN ${STAGE_TABLE} s ON e.phone = s.phone
     SET c.updated_at = ?, c.first_name = COALESCE(s.first_name, c.first_name),
       c.last_name = COALESCE(s.last_name, c.last_name), c.email = COALESCE(s.email, c.email),
       c.attributes = JSON_MERGE_PATCH(COALESCE(c.attributes, '{}'), COALESCE(s.attributes, '{}'))
     WHERE ${CHUNK_ROWS} AND s.valid = 1 AND ${OLD_CONTACT}`,
  restore: ({ contacts, entries }) =>
    `UPDATE ${contacts} c JOIN ${entries} e ON c.id = e.contact_id
     SET c.first_name = ${mysqlText('e.previous_contact', 'firstName')},
       c.last_name = ${mysqlText('e.previous_contact', 'lastName')},
       c.email = ${mysqlText('e.previous_contact', 'email')},
       c.attributes = JSON_EXTRACT(e.previous_contact, '$.attributes')
     WHERE e.import_id = ? AND e.id BETWEEN ? AND ? AND e.previous_contact IS NOT NULL`,
};

export const UPDATE_SQL: Record<DatabaseClient, UpdateSql> = { postgres, sqlite, mysql };
