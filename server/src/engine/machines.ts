import { CAMPAIGN_TRANSITIONS, type CampaignStatus } from '../core';
import type { ImportStatus } from '../contracts/imports';
import { defineMachine } from './machine';

/** The campaign lifecycle of DESIGN.md; the table itself is part of the `./core` contract. */
export const CAMPAIGN_MACHINE = defineMachine<CampaignStatus>('campaign', CAMPAIGN_TRANSITIONS);

/**
 * The contact import job:
 * ```
 * uploaded ─▶ analysing ─▶ analysed ─▶ importing ─▶ completed
 *    │           │  ▲ │        │  │        │ │
 *    │           │  └─┼────────┘  │        │ └─▶ analysed (nothing could be prepared)
 *    │           ▼    ▼           ▼        ▼
 *    │        cancelling ─▶ cancelled ◀────┘ (abandoned)
 *    └──────────────────────▶ ▲
 *                failed ──────┘ (a failed analysis can be run again: failed ─▶ analysing)
 * ```
 * A pass whose instance died is failed (or, when it was being cancelled, cancelled) by recovery.
 */
export const IMPORT_MACHINE = defineMachine<ImportStatus>('import job', {
  uploaded: ['analysing', 'cancelled'],
  analysing: ['analysed', 'failed', 'cancelling'],
  analysed: ['analysing', 'importing', 'cancelled'],
  importing: ['completed', 'failed', 'cancelling', 'analysed'],
  cancelling: ['cancelled'],
  failed: ['analysing', 'cancelled'],
  completed: [],
  cancelled: [],
});
