import type { CampaignStatus, Channel, Encoding } from '../core';
import type { GatewayProvider } from '../providers/types';

/** A campaign as the dispatcher sees it. */
export interface DispatchCampaign {
  id: number;
  channel: Channel;
  kind: 'marketing' | 'notification';
  status: CampaignStatus;
  sender: string | null;
  /** Voice: the audio file the gateway fetches. */
  audioUrl?: string | null;
}

/** A recipient claimed for submission. */
export interface ClaimedRecipient {
  id: number;
  phone: string;
  text: string | null;
  encoding: Encoding | null;
  segments: number;
}

export interface SubmittedRecipient {
  id: number;
  providerMessageId: string;
  partIds?: string[];
}

export interface FailedRecipient {
  id: number;
  statusCode: number;
  errorCode?: string;
  /** The gateway may have sent it (no answer): it waits for a late receipt before it is settled. */
  unknown?: boolean;
}

/** What happened to a claimed batch, written in one transaction. */
export interface BatchOutcome {
  submitted: SubmittedRecipient[];
  /** Refused by the gateway without being sent (throttled, queue full): back in the queue. */
  requeued: number[];
  failed: FailedRecipient[];
}

/**
 * The recipients table is the work queue. Claims are committed (state `submitting`, a lease for
 * this instance) before anything is written to the gateway: a crash then leaves rows that are
 * never submitted again, only resolved.
 */
export interface RecipientQueue {
  claim(campaignId: number, owner: string, size: number, leaseMs: number): Promise<ClaimedRecipient[]>;
  /** Keeps the lease of a batch that takes long at the gateway. */
  extend(ids: readonly number[], owner: string, leaseMs: number): Promise<void>;
  record(outcome: BatchOutcome, owner: string): Promise<void>;
  /** Rows still to send, and rows some instance is submitting now. */
  pending(campaignId: number): Promise<{ queued: number; submitting: number }>;
}

export interface CampaignStore {
  /** Scheduled campaigns whose time has come. */
  due(now: Date): Promise<DispatchCampaign[]>;
  /** Campaigns paused by the sending window whose next slot has come. */
  resumable(now: Date): Promise<DispatchCampaign[]>;
  sending(): Promise<DispatchCampaign[]>;
  consolidating(): Promise<(DispatchCampaign & { consolidatingAt: Date | null })[]>;
  transition(
    id: number,
    from: readonly CampaignStatus[],
    to: CampaignStatus,
    data: Record<string, unknown>
  ): Promise<boolean>;
  status(id: number): Promise<CampaignStatus | null>;
}

export interface SendingWindowCheck {
  isOpen(campaign: DispatchCampaign, at: Date): Promise<boolean>;
  /** The next opening, null when the window never opens. */
  nextOpening(campaign: DispatchCampaign, at: Date): Promise<Date | null>;
}

export interface DispatchLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Consolidation {
  /** True when every recipient of the campaign has a final status. */
  allFinal(campaignId: number): Promise<boolean>;
  /** Settles what is left (expiry), settles the credits, and completes the campaign. */
  finish(campaignId: number, expired: boolean): Promise<void>;
  /** Settles the credits of cancelled campaigns once nothing of theirs is in flight; returns how many. */
  settleCancelled(): Promise<number>;
  /** Recipients left `submitting` by an instance that died: they become unknown, never resent. */
  recoverLeases(now: Date): Promise<number>;
  /** Unknown recipients that no late receipt resolved: processing error, refunded. */
  settleUnknown(before: Date): Promise<number>;
}

export interface DispatcherOptions {
  campaigns: CampaignStore;
  queue: RecipientQueue;
  consolidation: Consolidation;
  window: SendingWindowCheck;
  gateway(channel: Channel): GatewayProvider;
  /** This instance's name in leases. */
  owner: string;
  log: DispatchLogger;
  now?: () => Date;
  config: DispatchConfig;
}

export interface DispatchConfig {
  /** Recipients claimed and submitted together (the window of unknown outcomes after a crash). */
  batchSize: number;
  /** How long a claim is ours; extended while the gateway works on it. */
  leaseMs: number;
  /** Messages per second per channel, 0 = no limit. */
  rate: Partial<Record<Channel, number>>;
  /**
   * Batches of one campaign an instance has at the gateway at once: while one waits for its
   * answers, the next is claimed and the last recorded.
   */
  lanes: number;
  /** Concurrent campaigns one instance drives (SQLite: 1). */
  maxConcurrentCampaigns: number;
  /** Consolidation ends this long after the last submission at the latest (48 h). */
  consolidationMs: number;
  /** An unknown outcome waits this long for a late receipt before it is settled as a processing error. */
  unknownGraceMs: number;
  errorBudget: { maxConsecutive: number; window: number; maxRate: number };
  /** Backoff of retryable gateway errors. */
  retry: { initialMs: number; maxMs: number };
}
