import type { Core } from '@strapi/strapi';
import { topUpSchema, type CreditsSummary } from '../contracts';
import { creditsStore } from '../store/credits';
import { storeContext } from '../store/tables';
import { getService, uid } from '../utils';
import { parseOrThrow } from '../utils/parse';

/**
 * The credits ledger. Every movement is a row; the balance is a sum, so two instances reserving
 * at once can never lose an update.
 * - balance: topup (+), consume (-), refund (+), adjust (±)
 * - reserved: reserve (+), release (-), held by validated campaigns until they are consumed.
 */
const BALANCE_KINDS = ['topup', 'consume', 'refund', 'adjust'];
const RESERVED_KINDS = ['reserve', 'release'];

const creditsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The account row that validations lock while they reserve. */
  ensureAccount: () => creditsStore(storeContext(strapi)).ensureAccount(),

  async summary(): Promise<CreditsSummary> {
    const { creditMode } = await getService(strapi, 'settings').get();
    const rows: { kind: string; total: string | number | null }[] = await strapi.db
      .connection(strapi.db.metadata.get(uid('credit-transaction')).tableName)
      .select('kind')
      .sum({ total: 'amount' })
      .groupBy('kind');
    const sumOf = (kinds: string[]) =>
      rows.filter((row) => kinds.includes(row.kind)).reduce((sum, row) => sum + Number(row.total ?? 0), 0);
    const balance = sumOf(BALANCE_KINDS);
    const reserved = sumOf(RESERVED_KINDS);
    return { mode: creditMode, balance, reserved, available: creditMode === 'unlimited' ? null : balance - reserved };
  },

  async topUp(input: unknown): Promise<CreditsSummary> {
    const { amount, note } = parseOrThrow(topUpSchema, input, 'Invalid credit top-up');
    await strapi.db.query(uid('credit-transaction')).create({ data: { kind: 'topup', amount, note: note ?? null } });
    return this.summary();
  },
});

export type CreditsService = ReturnType<typeof creditsService>;
export default creditsService;
