import type { Knex } from 'knex';
import type { ContactRow } from '../../core/csv';

/** Where the analysis looks for the file's numbers: the directory and the exclusion lists. */
export interface KnownNumbersSource {
  tables: { contacts: string; optOuts: string };
  /** The account's STOP list (an exclusion list of its own). */
  optOutListId: number;
}

/** How many of the file's numbers the account already knows (each number counted once). */
export interface KnownNumbers {
  /** Already contacts of the directory. */
  directory: number;
  /** In the STOP list: a marketing campaign will not message them. */
  optOut: number;
  /** In another exclusion list (RGPD, competitors…). */
  exclusion: number;
}

const countOf = (rows: unknown): number => {
  const first = (rows as Record<string, unknown>[])[0];
  return first ? Number(Object.values(first)[0] ?? 0) : 0;
};

/**
 * Counts, batch by batch, the valid numbers of a file that the directory or an exclusion list
 * holds, so that the summary says so before anything is written. A duplicate row is the same
 * number again and is not counted twice; the queries use the phone indexes, 1,000 numbers at a time.
 */
export const createKnownNumbersCounter = (knex: Knex, source: KnownNumbersSource) => {
  const known: KnownNumbers = { directory: 0, optOut: 0, exclusion: 0 };
  const { contacts, optOuts } = source.tables;
  return {
    async add(rows: readonly ContactRow[]) {
      const phones = rows.filter((row) => row.valid && !row.duplicate && row.phone).map((row) => row.phone!);
      if (phones.length === 0) return;
      const [directory, optOut, exclusion] = await Promise.all([
        knex(contacts).whereIn('phone', phones).count({ n: '*' }),
        knex(optOuts).where('list_id', source.optOutListId).whereIn('phone', phones).countDistinct({ n: 'phone' }),
        knex(optOuts).whereNot('list_id', source.optOutListId).whereIn('phone', phones).countDistinct({ n: 'phone' }),
      ]);
      known.directory += countOf(directory);
      known.optOut += countOf(optOut);
      known.exclusion += countOf(exclusion);
    },
    counts: (): KnownNumbers => ({ ...known }),
  };
};
