import type { CampaignSummary, Settings } from '../../../server/src/contracts';

/** A campaign as the dashboard endpoint returns it; override what the test is about. */
export const campaign = (overrides: Partial<CampaignSummary> = {}): CampaignSummary => ({
  id: 1,
  documentId: 'c1',
  name: 'Soldes d’hiver',
  channel: 'sms',
  kind: 'marketing',
  status: 'draft',
  isProof: false,
  recipientCount: null,
  submittedCount: null,
  deliveredCount: null,
  creditsReserved: null,
  creditsUsed: null,
  scheduledAt: null,
  startedAt: null,
  completedAt: null,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:30:00.000Z',
  ...overrides,
});

export const settings = (overrides: Partial<Settings> = {}): Settings => ({
  smsSender: 'BOUTIQUE',
  voiceSender: '',
  stopShortCode: '36184',
  smsWindowPreset: 'seeds',
  voiceWindowPreset: 'voice',
  timeZone: 'Europe/Paris',
  holidayRegion: 'FR',
  defaultCountry: 'FR',
  allowedCountries: ['FR'],
  creditMode: 'unlimited',
  listRetentionMonths: 3,
  maxSegments: 6,
  ...overrides,
});
