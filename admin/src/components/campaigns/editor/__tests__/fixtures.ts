import type { AudienceField, AudienceLine, AudienceSummary } from '../../../../../../server/src/contracts/wizard';
import type { MessageStepValue } from '../model';

export const SETTINGS = { stopShortCode: '36184', maxSegments: 6, defaultSender: '' };

export const emptyValue = (patch: Partial<MessageStepValue> = {}): MessageStepValue => ({
  sender: '',
  message: '',
  messageOptions: {},
  stopMention: null,
  fieldDefaults: {},
  trackedLinks: [],
  ...patch,
});

export const field = (patch: Partial<AudienceField> & { name: string }): AudienceField => ({
  longest: '',
  empty: 0,
  hasNonGsm: false,
  ...patch,
});

export const audience = (fields: AudienceField[], recipients = 11): AudienceSummary => ({
  recipients,
  valid: recipients,
  invalid: 0,
  notAllowed: 0,
  duplicates: 0,
  optedOut: 0,
  excluded: 0,
  byCountry: [{ country: 'FR', count: recipients }],
  fields,
});

export const line = (n: number, fields: Record<string, string>): AudienceLine => ({
  line: n,
  total: 11,
  number: '+33612345678',
  fields,
});
