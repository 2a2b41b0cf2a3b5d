import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { collectFieldStats, STATUS, type FieldStats } from '../core';
import type { AudienceLine, AudienceLineQuery, AudienceQuery, AudienceSummary } from '../contracts';
import { audienceReadStore } from '../store/audience-read';
import { storeContext } from '../store/tables';
import { judgeAudience } from './audience-dry-run';

/** The heavier of two values by the counter's own measure (extension characters count 2). */
const heavier = (a: string, b: string): string => collectFieldStats([{ v: a }, { v: b }], ['v']).v?.longest ?? a;

/**
 * Field statistics over a stream of chunks. A field first seen in a later chunk was empty for
 * every row before it.
 */
const fieldStatsAccumulator = (known: string[]) => {
  const stats = new Map<string, FieldStats>(known.map((name) => [name, { longest: '', empty: 0, hasNonGsm: false }]));
  let rows = 0;
  return {
    add(chunk: Record<string, string>[]) {
      for (const row of chunk)
        for (const name of Object.keys(row))
          if (!stats.has(name)) stats.set(name, { longest: '', empty: rows, hasNonGsm: false });
      const names = [...stats.keys()];
      const counted = collectFieldStats(chunk, names);
      for (const name of names) {
        const total = stats.get(name)!;
        const part = counted[name];
        if (!part) continue;
        total.empty += part.empty;
        total.hasNonGsm ||= part.hasNonGsm;
        total.longest = heavier(total.longest, part.longest);
      }
      rows += chunk.length;
    },
    result: () => [...stats].map(([name, value]) => ({ name, ...value })),
  };
};

/**
 * Step 2's consolidated summary (seed 001's recap and its "i"), computed with validation's own
 * judge over the chosen lists against today's settings, so that the figures shown are those
 * the send will record. The personalisation fields are measured over the rows that would be
 * sent: those are the values the counter must hold.
 */
const audienceSummaryService = ({ strapi }: { strapi: Core.Strapi }) => {
  const reader = audienceReadStore(storeContext(strapi));

  return {
    async summary(query: AudienceQuery): Promise<AudienceSummary> {
      const counts = new Map<number, number>();
      const countries = new Map<string | null, number>();
      const known = await reader.lists(query.listIds);
      const fields = fieldStatsAccumulator(query.listIds.flatMap((id) => known.get(id)?.fields ?? []));
      await judgeAudience(
        strapi,
        {
          // The voice judge decides on numbers alone: the message is the estimate's business.
          channel: 'voice',
          kind: query.kind,
          listIds: query.listIds,
          exclusionListIds: query.exclusionListIds,
        },
        (rows) => {
          const sendable: Record<string, string>[] = [];
          for (const { entry, decision } of rows) {
            counts.set(decision.statusCode, (counts.get(decision.statusCode) ?? 0) + 1);
            if (decision.statusCode !== STATUS.PROCESSING) continue;
            countries.set(entry.country, (countries.get(entry.country) ?? 0) + 1);
            sendable.push(entry.fields);
          }
          fields.add(sendable);
        }
      );
      const count = (code: number) => counts.get(code) ?? 0;
      return {
        recipients: [...counts.values()].reduce((sum, n) => sum + n, 0),
        valid: count(STATUS.PROCESSING),
        invalid: count(STATUS.MALFORMED_NUMBER),
        notAllowed: count(STATUS.DESTINATION_NOT_ALLOWED),
        duplicates: count(STATUS.DUPLICATE),
        optedOut: count(STATUS.OPT_OUT),
        excluded: count(STATUS.CLIENT_OPT_OUT),
        byCountry: [...countries]
          .map(([country, n]) => ({ country, count: n }))
          .sort((a, b) => b.count - a.count || String(a.country).localeCompare(String(b.country))),
        fields: fields.result(),
      };
    },

    /** The preview's and the test send's row: the n-th of the chosen lists (services/test-sends.ts uses it too). */
    async line({ listIds, line }: AudienceLineQuery): Promise<AudienceLine> {
      const row = await reader.rowAt(listIds, line);
      if (row.fields === null) throw lineOutOfRange(line, row.total);
      return { line, total: row.total, number: row.number, fields: row.fields };
    },
  };
};

export const lineOutOfRange = (line: number, total: number) => {
  const message = `The chosen lists have no row ${line}`;
  return new errors.ValidationError(message, {
    code: 'LINE_OUT_OF_RANGE',
    total,
    errors: [{ path: ['line'], message, name: 'ValidationError', value: line }],
  });
};

export type AudienceSummaryService = ReturnType<typeof audienceSummaryService>;
export default audienceSummaryService;
