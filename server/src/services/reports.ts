import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CSV_UTF8_BOM,
  STATUS_CODES,
  reportCsvHeader,
  reportCsvRowWriter,
  reportFieldsOf,
  toCsvLine,
  type CampaignStatus,
} from '../core';
import {
  type CampaignReport,
  type ReportCategory,
  type ReportCsvQuery,
  type ReportQuery,
  type ReportRecipient,
  type ReportRecipientsPage,
  type ReportRecipientsQuery,
} from '../contracts';
import { audienceReadStore } from '../store/audience-read';
import { reportRowStore, type RecipientFilter, type ReportRow } from '../store/report-rows';
import { dateValue, reportStore } from '../store/reports';
import { jsonValue, storeContext } from '../store/tables';
import { getService, uid } from '../utils';
import { bucketFor, reportFigures, statusOf, timelinePoints } from './report-figures';

const CAMPAIGN = uid('campaign');
const LIVE: CampaignStatus[] = ['sending', 'consolidating'];

type CampaignRow = Record<string, unknown> & {
  id: number;
  name: string;
  status: CampaignStatus;
  channel: 'sms' | 'voice';
};

const iso = (value: unknown): string | null => dateValue(value)?.toISOString() ?? null;
const ids = (value: unknown): number[] => jsonValue<unknown[]>(value, []).map(Number).filter(Number.isInteger);

/** `06 12 34`, `+33 6 12`, `0033 6…`: the digits to look for in E.164 numbers and as typed. */
export const searchDigits = (search: string | undefined): RecipientFilter['digits'] => {
  const typed = (search ?? '').replace(/\D/g, '');
  if (typed === '') return undefined;
  const international = typed.startsWith('00') ? typed.slice(2) : typed.startsWith('0') ? typed.slice(1) : typed;
  return { international: international || typed, typed };
};

/**
 * A campaign's report (issue 12; seeds' step 9 and Annexes 2 and 3): the figures and charts'
 * data, the recipients page, and the CSV, streamed a keyset page at a time.
 */
const reportsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = () => storeContext(strapi);

  const campaignOrFail = async (id: number): Promise<CampaignRow> => {
    const campaign = (await strapi.db.query(CAMPAIGN).findOne({ where: { id } })) as CampaignRow | null;
    if (!campaign) throw new errors.NotFoundError('Campaign not found', { code: 'CAMPAIGN_NOT_FOUND', id });
    return campaign;
  };

  /** The status codes a `?status=` and `?category=` leave; an unknown code is the caller's mistake. */
  const filterOf = ({ status, category }: { status?: number; category?: ReportCategory }): RecipientFilter => {
    if (status !== undefined && !STATUS_CODES[status])
      throw new errors.ValidationError('Unknown status code', { code: 'REPORT_STATUS_UNKNOWN', status });
    if (status === undefined && category === undefined) return {};
    const codes = Object.values(STATUS_CODES)
      .filter(
        (definition) =>
          (status === undefined || definition.code === status) && (!category || definition.category === category)
      )
      .map((definition) => definition.code);
    return { codes };
  };

  const listsOf = async (campaign: CampaignRow) => {
    const listIds = ids(campaign.listIds);
    const found = await audienceReadStore(context()).lists(listIds);
    const lists = listIds.map((id) => found.get(id)).filter((list) => list !== undefined);
    return { lists, missing: lists.length < listIds.length };
  };

  const trackedUrls = (campaign: CampaignRow): string[] =>
    jsonValue<{ url?: unknown }[]>(campaign.trackedLinks, []).map((link) => String(link?.url ?? ''));

  return {
    async report(id: number, { lang = 'fr' }: ReportQuery = {}): Promise<CampaignReport> {
      const campaign = await campaignOrFail(id);
      const store = reportStore(context());
      const [counts, sending, inbound, links, { lists }] = await Promise.all([
        store.statusCounts(id),
        store.sending(id),
        store.inbound(id),
        store.links(id),
        listsOf(campaign),
      ]);
      const live = LIVE.includes(campaign.status);
      const now = new Date();
      const bucket = bucketFor(sending.first, live ? now : sending.last);
      const timeline = await store.timeline(id, bucket);
      const { figures, rates, categories, statuses } = reportFigures({
        counts,
        sent: sending.sent,
        inbound,
        links,
        recipientCount: Number(campaign.recipientCount ?? 0),
        credits: {
          reserved: Number(campaign.creditsReserved ?? 0),
          used: Number(campaign.creditsUsed ?? 0),
          refunded: Number(campaign.creditsRefunded ?? 0),
        },
        lang,
      });
      const perLink = new Map(links.perLink.map((link) => [link.index, link]));
      return {
        campaign: {
          id: campaign.id,
          name: campaign.name,
          channel: campaign.channel,
          kind: campaign.kind as CampaignReport['campaign']['kind'],
          status: campaign.status,
          sender: (campaign.sender as string | null) ?? null,
          description: (campaign.description as string | null) ?? null,
          message: (campaign.message as string | null) ?? null,
          isProof: (campaign.isProof as boolean | null) ?? null,
          scheduledAt: iso(campaign.scheduledAt),
          startedAt: iso(campaign.startedAt),
          completedAt: iso(campaign.completedAt),
          lists: lists.map((list) => list.name),
        },
        figures,
        rates,
        categories,
        statuses,
        links: trackedUrls(campaign).map((url, i) => ({
          index: i + 1,
          url,
          uniqueClicks: perLink.get(i + 1)?.uniqueClicks ?? 0,
          totalClicks: perLink.get(i + 1)?.totalClicks ?? 0,
          previews: perLink.get(i + 1)?.previews ?? 0,
        })),
        timeline: {
          bucket,
          points: timelinePoints(timeline, bucket, live),
        },
        live,
        generatedAt: now.toISOString(),
      };
    },

    async recipients(id: number, query: ReportRecipientsQuery): Promise<ReportRecipientsPage> {
      await campaignOrFail(id);
      const lang = query.lang ?? 'fr';
      const rowStore = reportRowStore(context());
      const filter = { ...filterOf(query), digits: searchDigits(query.search) };
      const { rows, total } = await rowStore.page(id, filter, query.page, query.pageSize);
      const rowIds = rows.map((row) => row.id);
      const [parts, replies, links] = await Promise.all([
        rowStore.parts(rowIds),
        rowStore.replies(rowIds),
        rowStore.links(id, rowIds),
      ]);
      const of = <T extends { recipientId: number }>(items: T[], row: ReportRow) =>
        items.filter((item) => item.recipientId === row.id);
      const receiptsOf = (row: ReportRow): ReportRecipient['receipts'] => {
        const own = of(parts, row).filter((part) => part.statusCode !== null);
        if (own.length > 0) return own.map((part) => ({ part: part.part, statusCode: part.statusCode, at: iso(part.receiptAt) }));
        // A one-part message has no part rows: its receipt is the recipient's own status.
        const category = STATUS_CODES[row.statusCode]?.category;
        const receipted =
          row.deliveredAt !== null || ['delivered', 'not-delivered', 'rejected'].includes(category ?? '');
        return row.submittedAt && receipted ? [{ part: 1, statusCode: row.statusCode, at: iso(row.deliveredAt) }] : [];
      };
      return {
        results: rows.map((row) => {
          const status = statusOf(row.statusCode, lang);
          const own = of(links, row);
          const firstPreview = own
            .map((link) => link.firstPreviewAt)
            .reduce<Date | null>((first, at) => (at && (!first || at < first) ? at : first), null);
          return {
            id: row.id,
            listName: row.listName,
            line: row.line,
            phoneRaw: row.phoneRaw,
            phone: row.phone,
            country: row.country,
            statusCode: row.statusCode,
            statusLabel: status.label,
            category: status.category,
            colour: status.colour,
            segments: row.segments,
            credits: row.credits,
            text: row.text,
            submittedAt: iso(row.submittedAt),
            deliveredAt: iso(row.deliveredAt),
            receipts: receiptsOf(row),
            replies: of(replies, row).map((reply) => ({
              text: reply.text,
              receivedAt: iso(reply.receivedAt) ?? '',
              isStop: reply.isStop,
            })),
            clicks: own.map((link) => ({
              index: link.index,
              clicks: link.clicks,
              firstClickAt: iso(link.firstClickAt),
              lastClickAt: iso(link.lastClickAt),
            })),
            previews: own.reduce((sum, link) => sum + link.previews, 0),
            firstPreviewAt: iso(firstPreview),
          };
        }),
        pagination: {
          page: query.page,
          pageSize: query.pageSize,
          total,
          pageCount: Math.ceil(total / query.pageSize),
        },
      };
    },

    /**
     * The seeds' CSV report: Annexe 2's columns, then the file's; one line per recipient, by id.
     * Pages of 500: with 2,000 a page's rows outlived the young generation while its links were
     * read, and 1M recipients left the process at 595 MB instead of 267 MB (bench:export).
     */
    async csv(id: number, query: ReportCsvQuery, pageSize = 500) {
      const campaign = await campaignOrFail(id);
      const filter = filterOf(query);
      const rowStore = reportRowStore(context());
      const { lists, missing } = await listsOf(campaign);
      const fields = reportFieldsOf([
        ...lists.map((list) => list.fields),
        missing ? await rowStore.fieldNames(id) : [],
      ]);
      const { timeZone } = await getService(strapi, 'settings').get();
      const layout = {
        channel: campaign.channel,
        trackCount: trackedUrls(campaign).length,
        fields,
        language: query.lang ?? 'fr',
        timeZone,
      };
      const write = reportCsvRowWriter(layout);
      const stream = Readable.from(
        (async function* () {
          yield CSV_UTF8_BOM + toCsvLine(reportCsvHeader(layout));
          for await (const { rows, links } of rowStore.pages(id, filter, pageSize))
            yield rows.map((row) => toCsvLine(write(row, links.get(row.id) ?? []))).join('');
        })()
      );
      const suffix = query.status !== undefined ? `-${query.status}` : query.category ? `-${query.category}` : '';
      return { filename: `campaign-${id}-report${suffix}.csv`, stream };
    },
  };
};

export type ReportsService = ReturnType<typeof reportsService>;
export default reportsService;
