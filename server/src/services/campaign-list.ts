import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { CSV_UTF8_BOM, normalizeSearchText, toCsvLine, type CsvValue } from '../core';
import type {
  CampaignAuthor,
  CampaignExportQuery,
  CampaignListQuery,
  CampaignListRow,
  CampaignSummary,
} from '../contracts';
import { storeContext } from '../store/tables';
import { uid } from '../utils';
import { campaignExportLabels } from './campaign-export-labels';
import { SUMMARY_FIELDS } from './campaigns';

const CAMPAIGN = uid('campaign');
const EXPORT_PAGE = 500;

const ROW_FIELDS = [
  ...SUMMARY_FIELDS,
  'sender',
  'billingCode',
  'invalidCount',
  'duplicateCount',
  'excludedCount',
] as const;

type Filters = Omit<CampaignListQuery, 'page' | 'pageSize'>;

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

/** The name the campaigns page shows for an admin user: first and last name, else the username or email. */
export const authorName = (user: AdminUser): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ').trim() || user.username || user.email || `#${user.id}`;

/**
 * The Query Engine's `where` for the campaigns page's filters. The date of a campaign is when it
 * was sent (or is to be), else when it was created: a coalesce the Query Engine cannot write, so
 * it is spelt as three exclusive cases.
 */
export const whereOf = (filters: Filters): Record<string, unknown> => {
  const and: Record<string, unknown>[] = [];
  if (filters.search) {
    const name = normalizeSearchText(filters.search);
    const byName = name === '' ? { name: { $containsi: filters.search } } : { searchName: { $contains: name } };
    const asId = /^\d+$/.test(filters.search) ? Number(filters.search) : null;
    and.push(asId !== null && Number.isSafeInteger(asId) ? { $or: [{ id: asId }, byName] } : byName);
  }
  if (filters.status && filters.status.length > 0) and.push({ status: { $in: filters.status } });
  if (filters.channel) and.push({ channel: filters.channel });
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.author) and.push({ createdBy: { id: filters.author } });
  if (filters.from || filters.to) {
    const range: Record<string, Date> = {};
    if (filters.from) range.$gte = new Date(filters.from);
    if (filters.to) range.$lte = new Date(filters.to);
    and.push({
      $or: [
        { startedAt: { $notNull: true, ...range } },
        { startedAt: { $null: true }, scheduledAt: { $notNull: true, ...range } },
        { startedAt: { $null: true }, scheduledAt: { $null: true }, createdAt: range },
      ],
    });
  }
  return and.length === 0 ? {} : { $and: and };
};

/** `name:asc` → the Query Engine's order, names by their normalised form (Émile among the Es), then id. */
export const orderOf = (sort: string): Record<string, 'asc' | 'desc'>[] => {
  const [field, direction] = sort.split(':') as [string, 'asc' | 'desc'];
  const column = field === 'name' ? 'searchName' : field;
  return [{ [column]: direction }, { id: direction }];
};

/**
 * The campaigns page ("Mes campagnes", seed 002): search by name or ID, filters, server-side
 * pagination and sort, the authors to filter by, and the filtered list as CSV.
 */
const campaignListService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(CAMPAIGN);

  const find = async (filters: Filters, page: number, pageSize: number) =>
    query().findPage({
      select: [...ROW_FIELDS],
      where: whereOf(filters),
      orderBy: orderOf(filters.sort),
      populate: { createdBy: { select: ['id', 'firstname', 'lastname', 'username', 'email'] } },
      page,
      pageSize,
    });

  const toRow = (row: Record<string, unknown>): CampaignListRow => {
    const {
      createdBy,
      billingCode: _billingCode,
      ...rest
    } = row as Record<string, unknown> & {
      createdBy?: AdminUser | null;
    };
    return {
      ...(rest as unknown as CampaignSummary),
      sender: (rest.sender as string | null) ?? null,
      invalidCount: (rest.invalidCount as number | null) ?? null,
      duplicateCount: (rest.duplicateCount as number | null) ?? null,
      excludedCount: (rest.excludedCount as number | null) ?? null,
      author: createdBy ? { id: createdBy.id, name: authorName(createdBy) } : null,
    };
  };

  return {
    async list(listQuery: CampaignListQuery) {
      const { page, pageSize, ...filters } = listQuery;
      const { results, pagination } = await find(filters, page, pageSize);
      return { results: results.map(toRow), pagination };
    },

    /** Admin users who created at least one campaign, by name. */
    async authors(): Promise<CampaignAuthor[]> {
      const { knex, tables } = storeContext(strapi);
      const rows: { created_by_id: number | string }[] = await knex(tables.campaigns)
        .distinct('created_by_id')
        .whereNotNull('created_by_id');
      const ids = rows.map((row) => Number(row.created_by_id));
      if (ids.length === 0) return [];
      const users = (await strapi.db.query('admin::user').findMany({
        select: ['id', 'firstname', 'lastname', 'username', 'email'],
        where: { id: { $in: ids } },
      })) as AdminUser[];
      return users
        .map((user) => ({ id: user.id, name: authorName(user) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.id - b.id);
    },

    /**
     * The filtered list as CSV, `;` and a UTF-8 BOM for French spreadsheets, in the order the page
     * shows; read a page at a time (campaigns are few, so OFFSET pages are cheap).
     */
    exportCsv({ lang, ...filters }: CampaignExportQuery) {
      const words = campaignExportLabels(lang);
      const line = (row: CampaignListRow & { billingCode?: string | null }): CsvValue[] => [
        row.id,
        row.name,
        words.statusOf(row.status),
        words.channelOf(row.channel),
        words.kindOf(row.kind),
        row.isProof ? words.yes : words.no,
        row.author?.name ?? '',
        row.sender ?? '',
        row.billingCode ?? '',
        row.createdAt ? new Date(row.createdAt) : null,
        row.startedAt || row.scheduledAt ? new Date((row.startedAt ?? row.scheduledAt) as string) : null,
        row.recipientCount,
        row.invalidCount,
        row.duplicateCount,
        row.excludedCount,
        row.submittedCount,
        row.deliveredCount,
        row.creditsReserved,
        row.creditsUsed,
      ];
      const stream = Readable.from(
        (async function* () {
          yield CSV_UTF8_BOM + toCsvLine(words.header);
          for (let page = 1; ; page++) {
            const { results, pagination } = await find(filters, page, EXPORT_PAGE);
            const rows = results.map((row) => ({ ...toRow(row), billingCode: (row.billingCode as string) ?? null }));
            if (rows.length > 0) yield rows.map((row) => toCsvLine(line(row))).join('');
            if (page >= pagination.pageCount) return;
          }
        })()
      );
      return { filename: `${words.filename}.csv`, stream };
    },
  };
};

export type CampaignListService = ReturnType<typeof campaignListService>;
export default campaignListService;
