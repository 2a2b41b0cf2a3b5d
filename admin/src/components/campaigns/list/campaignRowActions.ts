import { CAMPAIGN_ACTIONS } from '../../../../../server/src/core/lifecycle';
import type { CampaignSummary } from '../../../../../server/src/contracts';

export type RowActionId =
  | 'open'
  | 'edit'
  | 'settings'
  | 'duplicate'
  | 'unschedule'
  | 'pause'
  | 'resume'
  | 'cancel'
  | 'delete';

type Status = CampaignSummary['status'];

/** The seeds' rule (and the server's): a campaign that is scheduled or on its way is never deleted. */
const DELETABLE: readonly Status[] = ['draft', 'cancelled', 'completed'];

export interface RowPermissions {
  canWrite: boolean;
  canSend: boolean;
}

/**
 * The actions a campaigns-page row offers, in menu order, from the lifecycle table the server
 * applies (core/lifecycle.ts): what the server would refuse is not offered.
 */
export const rowActionsFor = (status: Status, { canWrite, canSend }: RowPermissions): RowActionId[] => {
  const from = (action: keyof typeof CAMPAIGN_ACTIONS) => CAMPAIGN_ACTIONS[action].from.includes(status);
  const actions: RowActionId[] = [];
  if (status === 'draft') {
    if (canWrite) actions.push('edit');
  } else actions.push('open');
  actions.push('settings');
  if (canWrite) actions.push('duplicate');
  if (canSend && from('unschedule')) actions.push('unschedule');
  if (canSend && from('pause')) actions.push('pause');
  if (canSend && from('resume')) actions.push('resume');
  // A scheduled campaign goes back to draft instead: nothing has been sent, it can be edited again.
  if (canSend && from('cancel') && status !== 'scheduled') actions.push('cancel');
  if (canWrite && DELETABLE.includes(status)) actions.push('delete');
  return actions;
};

/** Rows whose figures move on their own: the page polls while one is on screen. */
export const isLive = (status: Status) => status === 'sending' || status === 'consolidating' || status === 'scheduled';
