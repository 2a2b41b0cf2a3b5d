import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { CSV_UTF8_BOM, toCsvLine, type CsvValue } from '../core';
import { getService, uid } from '../utils';

const PAGE = 2000;

type Row = Record<string, unknown> & { id: number };

/**
 * CSV exports of personal data (lists, the directory): streamed page by page so that a
 * million-row list never sits in memory, cells neutralised by the core writer, UTF-8 with a BOM
 * and `;` so that a French spreadsheet opens them as they are.
 */
const exportsService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Rows of a table by increasing id, PAGE at a time (keyset pagination: no OFFSET). */
  async function* rowsOf(contentType: ReturnType<typeof uid>, where: Record<string, unknown>): AsyncGenerator<Row[]> {
    let after = 0;
    for (;;) {
      const rows = (await strapi.db.query(contentType).findMany({
        where: { ...where, id: { $gt: after } },
        orderBy: { id: 'asc' },
        limit: PAGE,
      })) as Row[];
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1].id;
    }
  }

  const csv = (header: string[], lines: (rows: Row[]) => CsvValue[][], source: AsyncGenerator<Row[]>) =>
    Readable.from(
      (async function* () {
        yield CSV_UTF8_BOM + toCsvLine(header);
        for await (const rows of source)
          yield lines(rows)
            .map((values) => toCsvLine(values))
            .join('');
      })()
    );

  return {
    async list(listId: number) {
      const list = await getService(strapi, 'lists').findOne(listId);
      if (list.kind === 'exclusion') {
        const stream = csv(
          ['PHONE', 'SOURCE', 'NOTE', 'ADDED_AT'],
          (rows) => rows.map((r) => [r.phone, r.source, r.note, r.createdAt] as CsvValue[]),
          rowsOf(uid('opt-out'), { listId })
        );
        return { filename: `${list.name}.csv`, stream };
      }
      const fields = list.fields ?? [];
      const stream = csv(
        ['ID_LINE', 'INT_MOBILE', 'MF_VALID', 'MF_COUNTRY', 'REASON', ...fields],
        (rows) =>
          rows.map((r) => {
            const values = (r.fields ?? {}) as Record<string, string>;
            return [
              r.line,
              r.phone ?? r.phoneRaw,
              Boolean(r.valid),
              r.country,
              r.reason,
              ...fields.map((field) => values[field] ?? ''),
            ] as CsvValue[];
          }),
        rowsOf(uid('list-entry'), { listId })
      );
      return { filename: `${list.name}.csv`, stream };
    },

    async contacts() {
      const attributes = (await getService(strapi, 'attributes').list()).filter((attribute) => !attribute.builtIn);
      const variables = attributes.map((attribute) => attribute.variable);
      const stream = csv(
        ['PHONE', 'COUNTRY', 'FIRST_NAME', 'LAST_NAME', 'EMAIL', ...variables],
        (rows) =>
          rows.map((r) => {
            const values = (r.attributes ?? {}) as Record<string, CsvValue>;
            return [
              r.phone,
              r.country,
              r.firstName,
              r.lastName,
              r.email,
              ...variables.map((variable) => values[variable] ?? ''),
            ] as CsvValue[];
          }),
        rowsOf(uid('contact'), {})
      );
      return { filename: 'contacts.csv', stream };
    },
  };
};

export type ExportsService = ReturnType<typeof exportsService>;
export default exportsService;
