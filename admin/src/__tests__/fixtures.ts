import type {
  Attribute,
  CampaignSummary,
  Contact,
  ListEntry,
  ListSummary,
  OptOut,
  Settings,
} from '../../../server/src/contracts';

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
  shortLinkBase: '',
  ...overrides,
});

export const list = (overrides: Partial<ListSummary> = {}): ListSummary => ({
  id: 1,
  name: 'Clients fidèles',
  description: null,
  kind: 'contacts',
  system: false,
  status: 'active',
  persistence: 'expiring',
  expiresAfterMonths: 3,
  expiresAt: '2026-04-05T09:00:00.000Z',
  lastUsedAt: null,
  contactCount: 12480,
  excludedCount: 37,
  invalidCount: 0,
  duplicateCount: 0,
  fields: ['Prénom', 'Ville'],
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:30:00.000Z',
  createdBy: { id: 1, firstname: 'Camille', lastname: 'Martin' },
  ...overrides,
});

export const entry = (overrides: Partial<ListEntry> = {}): ListEntry => ({
  id: 10,
  listId: 1,
  contactId: 100,
  line: 2,
  phoneRaw: '06 12 34 56 78',
  phone: '+33612345678',
  country: 'FR',
  valid: true,
  reason: null,
  fields: { Prénom: 'Léa', Ville: 'Lyon' },
  excluded: false,
  ...overrides,
});

export const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 100,
  phone: '+33612345678',
  country: 'FR',
  firstName: 'Léa',
  lastName: 'Dubois',
  email: 'lea.dubois@example.fr',
  attributes: {},
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-06T10:00:00.000Z',
  ...overrides,
});

export const attribute = (overrides: Partial<Attribute> = {}): Attribute => ({
  id: 1,
  name: 'Ville',
  type: 'text',
  variable: 'Ville',
  builtIn: false,
  ...overrides,
});

export const optOut = (overrides: Partial<OptOut> = {}): OptOut => ({
  id: 1,
  listId: 5,
  phone: '+33612345678',
  source: 'stop-reply',
  note: null,
  campaignId: 3,
  createdAt: '2026-01-05T09:00:00.000Z',
  ...overrides,
});
