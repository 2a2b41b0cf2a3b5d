import type { CampaignDetails } from '../../../api/campaigns';
import type { CampaignUpdateInput } from '../../../../../server/src/contracts';

type TrackedLinks = NonNullable<CampaignUpdateInput['trackedLinks']>;

/** What the four steps edit: the draft as the wizard holds it between two saves. */
export interface WizardDraft {
  name: string;
  channel: 'sms' | 'voice';
  kind: 'marketing' | 'notification';
  isProof: boolean;
  billingCode: string;
  description: string;
  listIds: number[];
  exclusionListIds: number[];
  sender: string;
  message: string;
  messageOptions: { allowUnicode?: boolean; replaceNonGsm?: boolean; emoji?: boolean };
  /** null: the default `STOP <short code>`; '' the user removed it (after confirming). */
  stopMention: string | null;
  fieldDefaults: Record<string, string>;
  trackedLinks: TrackedLinks;
  /** The date chosen on the last step (ISO), or null for "send now". */
  scheduledAt: string | null;
}

export const EMPTY_DRAFT: WizardDraft = {
  name: '',
  channel: 'sms',
  kind: 'marketing',
  isProof: false,
  billingCode: '',
  description: '',
  listIds: [],
  exclusionListIds: [],
  sender: '',
  message: '',
  messageOptions: {},
  stopMention: null,
  fieldDefaults: {},
  trackedLinks: [],
  scheduledAt: null,
};

export const draftFromCampaign = (campaign: CampaignDetails): WizardDraft => ({
  name: campaign.name,
  channel: campaign.channel,
  kind: campaign.kind,
  isProof: Boolean(campaign.isProof),
  billingCode: campaign.billingCode ?? '',
  description: campaign.description ?? '',
  listIds: campaign.listIds ?? [],
  exclusionListIds: campaign.exclusionListIds ?? [],
  sender: campaign.sender ?? '',
  message: campaign.message ?? '',
  messageOptions: campaign.messageOptions ?? {},
  // The server keeps an empty mention for "the default"; the editor's '' (removed) is sent as is.
  stopMention: campaign.stopMention ?? null,
  fieldDefaults: campaign.fieldDefaults ?? {},
  trackedLinks: campaign.trackedLinks ?? [],
  scheduledAt: campaign.status === 'draft' ? campaign.scheduledAt : null,
});

/**
 * "Load the settings of a previous campaign" (seed 002): every step is pre-filled from it, but
 * the new campaign keeps its own name, proof flag and date (the previous one's is past or taken).
 */
export const settingsFrom = (current: WizardDraft, previous: CampaignDetails): WizardDraft => {
  const copied = draftFromCampaign(previous);
  return { ...copied, name: current.name, isProof: current.isProof, scheduledAt: current.scheduledAt };
};

/**
 * The draft as the API takes it; the autosave sends the fields that changed. The API has no
 * "back to the default mention" value (null is not accepted, '' means removed), so a mention
 * restored after a removal is sent as the default's text, `defaultStopMention`.
 */
export const toUpdate = (draft: WizardDraft, defaultStopMention?: string): CampaignUpdateInput => ({
  name: draft.name.trim() || undefined,
  channel: draft.channel,
  kind: draft.kind,
  isProof: draft.isProof,
  billingCode: draft.billingCode.trim(),
  description: draft.description,
  listIds: draft.listIds,
  exclusionListIds: draft.exclusionListIds,
  sender: draft.sender,
  message: draft.message,
  messageOptions: draft.messageOptions,
  ...(draft.stopMention !== null
    ? { stopMention: draft.stopMention }
    : defaultStopMention
      ? { stopMention: defaultStopMention }
      : {}),
  fieldDefaults: draft.fieldDefaults,
  trackedLinks: draft.trackedLinks,
  scheduledAt: draft.scheduledAt,
});

export const WIZARD_STEPS = ['description', 'recipients', 'message', 'send'] as const;
export type WizardStepId = (typeof WIZARD_STEPS)[number];

/** The first step that is not complete yet: later steps cannot be opened before it is. */
export const firstIncompleteStep = (draft: WizardDraft): WizardStepId | null => {
  if (!draft.name.trim()) return 'description';
  if (draft.listIds.length === 0) return 'recipients';
  if (!draft.message.trim()) return 'message';
  return null;
};

export const canOpenStep = (draft: WizardDraft, step: WizardStepId) => {
  const blocking = firstIncompleteStep(draft);
  return blocking === null || WIZARD_STEPS.indexOf(step) <= WIZARD_STEPS.indexOf(blocking);
};
