import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CAMPAIGN_ACTIONS, type CampaignAction, type CampaignStatus } from '../core';
import { campaignDraftSchema, campaignUpdateSchema, scheduleSchema, type CampaignSummary } from '../contracts';
import { uid } from '../utils';
import { parseOrThrow } from '../utils/parse';

const CAMPAIGN = uid('campaign');

const SUMMARY_FIELDS = [
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

const campaignsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(CAMPAIGN);

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

  return {
    findOne: findOrFail,

    async summaries({ statuses, limit }: { statuses: CampaignStatus[]; limit: number }): Promise<CampaignSummary[]> {
      const rows = await query().findMany({
        select: [...SUMMARY_FIELDS],
        where: { status: { $in: statuses } },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit,
      });
      return rows as unknown as CampaignSummary[];
    },

    async list({
      page = 1,
      pageSize = 20,
      search,
      status,
    }: {
      page?: number;
      pageSize?: number;
      search?: string;
      status?: CampaignStatus;
    }) {
      const where: Record<string, unknown> = {};
      if (status) where.status = status;
      if (search) where.name = { $containsi: search };
      const { results, pagination } = await query().findPage({
        select: [...SUMMARY_FIELDS],
        where,
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        page,
        pageSize: Math.min(pageSize, 100),
      });
      return { results: results as unknown as CampaignSummary[], pagination };
    },

    async createDraft(input: unknown, user?: { id: number }) {
      const data = parseOrThrow(campaignDraftSchema, input, 'Invalid campaign');
      return query().create({
        data: { ...data, status: 'draft', createdBy: user?.id, updatedBy: user?.id },
      });
    },

    async update(id: number, input: unknown, user?: { id: number }) {
      const data = parseOrThrow(campaignUpdateSchema, input, 'Invalid campaign');
      const { count } = await query().updateMany({
        where: { id, status: 'draft' },
        data: { ...data, updatedBy: user?.id, updatedAt: new Date() },
      });
      if (count === 0) {
        const current = await findOrFail(id);
        throw new errors.ApplicationError(`Only drafts can be edited; this campaign is ${current.status}`, {
          code: 'CAMPAIGN_NOT_DRAFT',
          status: current.status,
        });
      }
      return findOrFail(id);
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

    /** Validates a draft and schedules it: now, or at the requested date. */
    async schedule(id: number, input: unknown) {
      const { scheduledAt } = parseOrThrow(scheduleSchema, input ?? {}, 'Invalid schedule');
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
      const when = scheduledAt ? new Date(scheduledAt) : new Date();
      return applyAction(id, 'validate', { scheduledAt: when, sendImmediately: !scheduledAt });
    },

    unschedule: (id: number) => applyAction(id, 'unschedule', { scheduledAt: null }),
    pause: (id: number) => applyAction(id, 'pause', { pausedAt: new Date(), pauseReason: 'user' }),
    resume: (id: number) => applyAction(id, 'resume', { pausedAt: null, pauseReason: null }),
    cancel: (id: number) => applyAction(id, 'cancel', { cancelledAt: new Date() }),
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
