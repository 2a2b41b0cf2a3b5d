import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CAMPAIGN_ACTIONS,
  isInSendingWindow,
  nextSendingSlot,
  STATUS_CODES,
  type CampaignAction,
  type CampaignStatus,
  type Channel,
} from '../core';
import type { CampaignDraftInput, CampaignSummary, CampaignUpdateInput, ScheduleInput } from '../contracts';
import { audienceStore } from '../store/audience';
import { consolidationStore } from '../store/consolidation';
import { storeContext } from '../store/tables';
import { getService, uid } from '../utils';
import type { CampaignForRules } from './campaign-rules';
import { listSearchName } from './search-index';
import type { CampaignToValidate } from './validation';

const CAMPAIGN = uid('campaign');

/** The columns of a campaign that lists of campaigns show (the dashboard; the campaigns page adds more). */
export const SUMMARY_FIELDS = [
  'id',
  'documentId',
  'name',
  'channel',
  'kind',
  'status',
  'isProof',
  'recipientCount',
  'submittedCount',
  'deliveredCount',
  'creditsReserved',
  'creditsUsed',
  'scheduledAt',
  'startedAt',
  'completedAt',
  'createdAt',
  'updatedAt',
] as const;

/** Campaigns the seeds let a user delete: never one that is scheduled or on its way. */
const DELETABLE: CampaignStatus[] = ['draft', 'cancelled', 'completed'];

type Row = Record<string, unknown> & { id: number; status: CampaignStatus };

/** The schema's defaults, for the rules' view of a campaign being created. */
const DRAFT_DEFAULTS = { channel: 'sms', kind: 'marketing', stopMention: null, listIds: [], trackedLinks: [] };

/** The search key is the store's business, not the API's. */
export const withoutKeys = <T extends Record<string, unknown>>(row: T): T => {
  const { searchName: _searchName, ...rest } = row;
  return rest as T;
};

const codesIn = (categories: string[]) =>
  Object.values(STATUS_CODES)
    .filter((status) => categories.includes(status.category))
    .map((status) => String(status.code));
/** Recipients the gateway took: sent, delivered, not delivered or rejected by the operator. */
const SUBMITTED_CODES = codesIn(['sent', 'delivered', 'not-delivered', 'rejected']);
const DELIVERED_CODES = codesIn(['delivered']);

const campaignsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(CAMPAIGN);
  const rules = () => getService(strapi, 'campaignRules');

  const findOrFail = async (id: number): Promise<Row> => {
    const campaign = (await query().findOne({ where: { id } })) as Row | null;
    if (!campaign) throw new errors.NotFoundError('Campaign not found');
    return campaign;
  };

  /**
   * Compare-and-set: the update only happens if the campaign is still in one of the states the
   * action starts from, so two clicks or two instances can never apply it twice.
   */
  const applyAction = async (id: number, action: CampaignAction, data: Record<string, unknown> = {}) => {
    const { from, to } = CAMPAIGN_ACTIONS[action];
    const { count } = await query().updateMany({
      where: { id, status: { $in: [...from] } },
      data: { ...data, status: to, updatedAt: new Date() },
    });
    if (count === 0) {
      const current = await findOrFail(id);
      throw new errors.ApplicationError(`A campaign that is ${current.status} cannot be changed this way`, {
        code: 'CAMPAIGN_STATUS_CONFLICT',
        action,
        status: current.status,
      });
    }
    return findOrFail(id);
  };

  const context = storeContext(strapi);
  const audience = audienceStore(context);
  const consolidation = consolidationStore(context);

  /**
   * When a campaign may start. Marketing messages go out within the sending window only (seed 001:
   * "Vos campagnes SMS doivent être programmées dans la limite des horaires autorisés"): a date
   * outside it is refused with the next opening, and "now" outside it waits for that opening.
   */
  const startOf = async (campaign: Row, requested: Date | null): Promise<Date | null> => {
    if (campaign.kind !== 'marketing') return requested;
    const window = await getService(strapi, 'dispatcher').windowFor(campaign.channel as Channel);
    const at = requested ?? new Date();
    if (isInSendingWindow(at, window)) return requested;
    const next = nextSendingSlot(at, window);
    if (requested) {
      throw new errors.ValidationError('This date is outside the sending hours', {
        errors: [
          {
            path: ['scheduledAt'],
            message: 'This date is outside the sending hours',
            name: 'ValidationError',
            value: { code: 'OUTSIDE_SENDING_WINDOW', nextSlot: next?.toISOString() ?? null },
          },
        ],
      });
    }
    return next;
  };

  return {
    findOne: findOrFail,

    /** The campaign with its recipients per Annexe 3 code, counted now (they move while it sends). */
    async details(id: number) {
      const campaign = withoutKeys(await findOrFail(id));
      if (campaign.status === 'draft') return { ...campaign, statusCounts: {} };
      const { statusCounts } = await audience.totals(strapi.db.connection, id);
      const sum = (codes: string[]) => codes.reduce((total, code) => total + (statusCounts[code] ?? 0), 0);
      return {
        ...campaign,
        submittedCount: sum(SUBMITTED_CODES),
        deliveredCount: sum(DELIVERED_CODES),
        statusCounts,
      };
    },

    async summaries({ statuses, limit }: { statuses: CampaignStatus[]; limit: number }): Promise<CampaignSummary[]> {
      const rows = await query().findMany({
        select: [...SUMMARY_FIELDS],
        where: { status: { $in: statuses } },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit,
      });
      return rows as unknown as CampaignSummary[];
    },

    async createDraft(data: CampaignDraftInput, user?: { id: number }) {
      await rules().onSave(
        { ...DRAFT_DEFAULTS, ...data } as unknown as CampaignForRules,
        Object.keys(data).filter((key) => data[key as keyof CampaignDraftInput] !== undefined)
      );
      const created = await query().create({
        data: {
          ...data,
          searchName: listSearchName(data.name),
          status: 'draft',
          createdBy: user?.id,
          updatedBy: user?.id,
        },
      });
      return withoutKeys(created);
    },

    /** `data` holds the fields being saved, and only those: the rules concerning them are checked. */
    async update(id: number, data: CampaignUpdateInput, user?: { id: number }) {
      const current = await findOrFail(id);
      if (current.status === 'draft') {
        await rules().onSave({ ...current, ...data } as unknown as CampaignForRules, Object.keys(data));
      }
      const { count } = await query().updateMany({
        where: { id, status: 'draft' },
        data: {
          ...data,
          ...(data.name !== undefined ? { searchName: listSearchName(data.name) } : {}),
          updatedBy: user?.id,
          updatedAt: new Date(),
        },
      });
      if (count === 0) {
        const current = await findOrFail(id);
        throw new errors.ApplicationError(`Only drafts can be edited; this campaign is ${current.status}`, {
          code: 'CAMPAIGN_NOT_DRAFT',
          status: current.status,
        });
      }
      return withoutKeys(await findOrFail(id));
    },

    async remove(id: number) {
      const current = await findOrFail(id);
      if (!DELETABLE.includes(current.status)) {
        throw new errors.ApplicationError('Cancel the campaign before deleting it', {
          code: 'CAMPAIGN_NOT_DELETABLE',
          status: current.status,
        });
      }
      await strapi.db.transaction(async () => {
        await strapi.db.query(uid('recipient')).deleteMany({ where: { campaignId: id } });
        await query().delete({ where: { id, status: { $in: DELETABLE } } });
      });
      return current;
    },

    /**
     * Validates a draft and schedules it, now or at the requested date: the audience is frozen
     * into recipient rows and its credits reserved (services/validation.ts).
     */
    async schedule(id: number, { scheduledAt }: ScheduleInput) {
      const campaign = await findOrFail(id);
      const problems = readinessProblems(campaign);
      if (problems.length > 0) {
        throw new errors.ValidationError('The campaign is not ready to be sent', {
          errors: problems.map((path) => ({
            path: [path],
            message: `${path} is required`,
            name: 'ValidationError',
            value: null,
          })),
        });
      }
      if (campaign.status !== 'draft') {
        throw new errors.ApplicationError(`A campaign that is ${campaign.status} cannot be sent again`, {
          code: 'CAMPAIGN_STATUS_CONFLICT',
          action: 'validate',
          status: campaign.status,
        });
      }
      await rules().atSend(campaign as unknown as CampaignForRules);
      const when = await startOf(campaign, scheduledAt ? new Date(scheduledAt) : null);
      await getService(strapi, 'validation').validate(campaign as unknown as CampaignToValidate, when);
      getService(strapi, 'dispatcher').wake();
      return this.details(id);
    },

    unschedule: (id: number) => applyAction(id, 'unschedule', { scheduledAt: null }),
    pause: (id: number) => applyAction(id, 'pause', { pausedAt: new Date(), pauseReason: 'user' }),
    async resume(id: number) {
      const campaign = await applyAction(id, 'resume', {
        pausedAt: null,
        pauseReason: null,
        pauseDetail: null,
        resumeAt: null,
      });
      getService(strapi, 'dispatcher').wake();
      return campaign;
    },

    /**
     * Cancels a scheduled or running campaign. What was sent stays sent (seed 004); recipients not
     * submitted yet are closed as never sent and their credits released when the campaign settles.
     */
    async cancel(id: number) {
      await applyAction(id, 'cancel', { cancelledAt: new Date() });
      await consolidation.closeUnsent(id);
      // Nothing in flight (it was scheduled, or between batches): its credits are released now; else at a tick.
      await consolidation.settleCancelled();
      getService(strapi, 'dispatcher').wake();
      return this.details(id);
    },
  };
};

/** What a draft must have before it can be scheduled. */
const readinessProblems = (campaign: Row): string[] => {
  const problems: string[] = [];
  if (campaign.channel === 'sms' && !String(campaign.message ?? '').trim()) problems.push('message');
  if (campaign.channel === 'voice' && !campaign.audio) problems.push('audio');
  if (!Array.isArray(campaign.listIds) || campaign.listIds.length === 0) problems.push('listIds');
  return problems;
};

export type CampaignsService = ReturnType<typeof campaignsService>;
export default campaignsService;
