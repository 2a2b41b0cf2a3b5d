import type { CampaignStatus } from './types';

/**
 * The campaign lifecycle of DESIGN.md as data, so that the server (compare-and-set updates), the
 * admin (which buttons to show) and the tests all read the same table.
 *
 * ```
 * draft ──validate──▶ scheduled ──time reached──▶ sending ──all submitted──▶ consolidating ──▶ completed
 *   ▲                   │  │                        │   ▲
 *   └──cancel schedule──┘  └──cancel──▶ cancelled ◀─┘   │ resume
 *                                                  pause (user, or sending window closed)
 * ```
 * Choices the diagram leaves open, made here:
 * - a paused campaign may be cancelled (the seeds cancel "while sending"; a pause is part of it);
 * - a paused campaign with nothing left to submit goes on to consolidating, so that a campaign
 *   paused by the window after its last batch still completes;
 * - completed and cancelled are terminal; drafts are deleted, not cancelled.
 */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = Object.freeze({
  draft: Object.freeze(['scheduled'] as const),
  scheduled: Object.freeze(['draft', 'sending', 'cancelled'] as const),
  sending: Object.freeze(['paused', 'consolidating', 'cancelled'] as const),
  paused: Object.freeze(['sending', 'consolidating', 'cancelled'] as const),
  consolidating: Object.freeze(['completed'] as const),
  completed: Object.freeze([] as const),
  cancelled: Object.freeze([] as const),
});

/** Named actions of the lifecycle, for audit logs and admin buttons. */
export type CampaignAction =
  | 'validate'
  | 'unschedule'
  | 'start'
  | 'pause'
  | 'resume'
  | 'finishSubmitting'
  | 'complete'
  | 'cancel';

export const CAMPAIGN_ACTIONS: Readonly<
  Record<CampaignAction, { from: readonly CampaignStatus[]; to: CampaignStatus }>
> = Object.freeze({
  validate: { from: ['draft'], to: 'scheduled' },
  unschedule: { from: ['scheduled'], to: 'draft' },
  start: { from: ['scheduled'], to: 'sending' },
  pause: { from: ['sending'], to: 'paused' },
  resume: { from: ['paused'], to: 'sending' },
  finishSubmitting: { from: ['sending', 'paused'], to: 'consolidating' },
  complete: { from: ['consolidating'], to: 'completed' },
  cancel: { from: ['scheduled', 'sending', 'paused'], to: 'cancelled' },
});

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  const targets = CAMPAIGN_TRANSITIONS[from];
  return targets !== undefined && targets.includes(to);
}

export function isTerminalCampaignStatus(status: CampaignStatus): boolean {
  return CAMPAIGN_TRANSITIONS[status]?.length === 0;
}
