/**
 * Shared vocabulary of the plugin. Pure types and constant lists only: the admin, the server and
 * tests outside the project import them through the `./core` export.
 */

/** The two delivery channels: SMS, and voicemail drop ("dépose répondeur"). */
export type Channel = 'sms' | 'voice';

export const CHANNELS: readonly Channel[] = ['sms', 'voice'];

/** Campaign lifecycle states (DESIGN.md, "Campaign lifecycle"); transitions live in lifecycle.ts. */
export type CampaignStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'consolidating' | 'completed' | 'cancelled';

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'consolidating',
  'completed',
  'cancelled',
];

/** Marketing campaigns carry the STOP mention and respect the sending window; notifications do not. */
export type CampaignKind = 'marketing' | 'notification';

export type Encoding = 'GSM-7' | 'UCS-2';

export type PhoneType = 'mobile' | 'fixed' | 'other' | 'unknown';

/** A bilingual text: the admin ships French and English. */
export interface LocalizedText {
  fr: string;
  en: string;
}
