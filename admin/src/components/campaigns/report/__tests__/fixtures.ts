import type { CampaignReport, ReportRecipient } from '../../../../api/reports';

/** A finished SMS campaign's report, with figures no two of which are equal (a mix-up shows). */
export const report = (overrides: Partial<CampaignReport> = {}): CampaignReport => ({
  campaign: {
    id: 7,
    name: 'Soldes d’hiver',
    channel: 'sms',
    kind: 'marketing',
    status: 'completed',
    sender: 'BOUTIQUE',
    description: null,
    message: 'Soldes : -30 % ce week-end ${track_1}',
    isProof: false,
    scheduledAt: null,
    startedAt: '2026-01-10T09:00:00.000Z',
    completedAt: '2026-01-10T11:30:00.000Z',
    lists: ['Clients fidèles'],
  },
  figures: {
    recipients: 12480,
    sent: 11950,
    delivered: 11210,
    notDelivered: 655,
    pending: 85,
    invalid: 310,
    duplicates: 142,
    excluded: 78,
    stops: 37,
    replies: 64,
    uniqueClicks: 2304,
    totalClicks: 3118,
    previews: 416,
    creditsReserved: 12100,
    creditsUsed: 11865,
    creditsRefunded: 235,
  },
  rates: { delivered: 93.8, notDelivered: 5.5, clicks: 20.6, stops: 0.3, replies: 0.5 },
  categories: [
    { category: 'pending', colour: 'green', count: 85 },
    { category: 'sent', colour: 'green', count: 0 },
    { category: 'delivered', colour: 'green', count: 11210 },
    { category: 'not-delivered', colour: 'red', count: 655 },
    { category: 'rejected', colour: 'red', count: 0 },
    { category: 'excluded', colour: 'grey', count: 78 },
    { category: 'invalid', colour: 'red', count: 452 },
    { category: 'error', colour: 'orange', count: 0 },
  ],
  statuses: [
    { code: 2, label: 'Invalid number', category: 'invalid', colour: 'red', billed: false, final: true, count: 310 },
    { code: 4, label: 'Duplicate', category: 'invalid', colour: 'red', billed: false, final: true, count: 142 },
    { code: 21, label: 'Delivered', category: 'delivered', colour: 'green', billed: true, final: true, count: 11173 },
    { code: 17, label: 'STOP received', category: 'delivered', colour: 'green', billed: true, final: true, count: 37 },
  ],
  links: [
    { index: 1, url: 'https://www.monsite.com/soldes?id=${ID}', uniqueClicks: 2304, totalClicks: 3118, previews: 416 },
  ],
  timeline: {
    bucket: 'hour',
    points: [
      { at: '2026-01-10T09:00:00.000Z', submitted: 8000, delivered: 7400, clicks: 900 },
      { at: '2026-01-10T10:00:00.000Z', submitted: 3950, delivered: 3810, clicks: 1500 },
    ],
  },
  live: false,
  generatedAt: '2026-01-10T12:00:00.000Z',
  ...overrides,
});

export const recipient = (overrides: Partial<ReportRecipient> = {}): ReportRecipient => ({
  id: 501,
  listName: 'Clients fidèles',
  line: 2,
  phoneRaw: '06 12 34 56 78',
  phone: '+33612345678',
  country: 'FR',
  statusCode: 21,
  statusLabel: 'Delivered',
  category: 'delivered',
  colour: 'green',
  segments: 1,
  credits: 1,
  text: 'Soldes : -30 % ce week-end https://s.example/a8Kd92x',
  submittedAt: '2026-01-10T09:01:00.000Z',
  deliveredAt: '2026-01-10T09:01:07.000Z',
  receipts: [{ part: 1, statusCode: 21, at: '2026-01-10T09:01:07.000Z' }],
  replies: [],
  clicks: [],
  previews: 0,
  firstPreviewAt: null,
  ...overrides,
});

/** The recipients route's answer, in the `{ data, meta: { pagination } }` envelope of the other tables. */
export const recipientsPage = (results: ReportRecipient[], page = 1, total = results.length, pageSize = 20) => ({
  data: results,
  meta: { pagination: { page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) } },
});
