import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { CSV_UTF8_BOM, destinationStatus, formatPhoneInternational, toCsvLine, type CsvValue } from '../core';
import { getService, uid } from '../utils';
import { exportLabels, type ExportLocale } from './export-labels';

const PAGE = 2000;

type Row = Record<string, unknown> & { id: number };

/**
 * CSV exports of personal data (lists, the directory): streamed page by page so that a
 * million-row list never sits in memory, cells neutralised by the core writer, UTF-8 with a BOM
 * and `;` so that a French spreadsheet opens them as they are. Numbers are written as people
 * read them (`+33 6 12 34 56 78`), which a spreadsheet keeps as text where `+33612345678` would
 * become `3,36E+10`; headers are in the admin's language.
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
    async list(listId: number, locale: ExportLocale = 'en') {
      const list = await getService(strapi, 'lists').findOne(listId);
      const words = exportLabels(locale);
      if (list.kind === 'exclusion') {
        const stream = csv(
          [words.phone, words.source, words.note, words.addedAt],
          (rows) =>
            rows.map(
              (r) =>
                [
                  formatPhoneInternational(r.phone as string),
                  words.sourceOf(r.source as string),
                  r.note,
                  r.createdAt,
                ] as CsvValue[]
            ),
          rowsOf(uid('opt-out'), { listId })
        );
        return { filename: `${list.name}.csv`, stream };
      }
      const fields = list.fields ?? [];
      const { allowedCountries } = await getService(strapi, 'settings').get();
      const stream = csv(
        [words.line, words.phone, words.valid, words.country, words.reason, ...fields],
        (rows) =>
          rows.map((r) => {
            const values = (r.fields ?? {}) as Record<string, string>;
            const status = destinationStatus(
              {
                phone: (r.phone as string | null) ?? null,
                country: (r.country as string | null) ?? null,
                valid: Boolean(r.valid),
                reason: (r.reason as string | null) ?? null,
              },
              allowedCountries
            );
            return [
              r.line,
              r.phone ? formatPhoneInternational(r.phone as string) : r.phoneRaw,
              status.valid ? words.yes : words.no,
              r.country,
              words.reasonOf(status.reason),
              ...fields.map((field) => values[field] ?? ''),
            ] as CsvValue[];
          }),
        rowsOf(uid('list-entry'), { listId })
      );
      return { filename: `${list.name}.csv`, stream };
    },

    async contacts(locale: ExportLocale = 'en') {
      const words = exportLabels(locale);
      const attributes = (await getService(strapi, 'attributes').list()).filter((attribute) => !attribute.builtIn);
      const variables = attributes.map((attribute) => attribute.variable);
      const stream = csv(
        [words.phone, words.country, words.firstName, words.lastName, words.email, ...variables],
        (rows) =>
          rows.map((r) => {
            const values = (r.attributes ?? {}) as Record<string, CsvValue>;
            return [
              formatPhoneInternational(r.phone as string),
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
