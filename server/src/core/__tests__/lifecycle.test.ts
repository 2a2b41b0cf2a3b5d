import { CAMPAIGN_ACTIONS, CAMPAIGN_TRANSITIONS, canTransition, isTerminalCampaignStatus } from '../lifecycle';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../types';

const ALLOWED: [CampaignStatus, CampaignStatus][] = [
  ['draft', 'scheduled'],
  ['scheduled', 'draft'],
  ['scheduled', 'sending'],
  ['scheduled', 'cancelled'],
  ['sending', 'paused'],
  ['sending', 'consolidating'],
  ['sending', 'cancelled'],
  ['paused', 'sending'],
  ['paused', 'consolidating'],
  ['paused', 'cancelled'],
  ['consolidating', 'completed'],
];

describe('Given the campaign lifecycle of DESIGN.md', () => {
  it.each(ALLOWED)('when a campaign is %s, then it may become %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('then every other pair of statuses is refused, including staying in place', () => {
    for (const from of CAMPAIGN_STATUSES) {
      for (const to of CAMPAIGN_STATUSES) {
        const allowed = ALLOWED.some(([f, t]) => f === from && t === to);
        expect([from, to, canTransition(from, to)]).toEqual([from, to, allowed]);
      }
    }
  });

  it('then completed and cancelled are terminal, and only they', () => {
    expect(CAMPAIGN_STATUSES.filter(isTerminalCampaignStatus)).toEqual(['completed', 'cancelled']);
  });

  it('then a draft cannot be sent without being scheduled first', () => {
    expect(canTransition('draft', 'sending')).toBe(false);
  });

  it('then a completed campaign can never be restarted', () => {
    expect(CAMPAIGN_TRANSITIONS.completed).toEqual([]);
  });

  it('then every named action is a transition of the table', () => {
    for (const { from, to } of Object.values(CAMPAIGN_ACTIONS)) {
      for (const f of from) expect(canTransition(f, to)).toBe(true);
    }
  });

  it('then every transition of the table has a named action', () => {
    for (const [from, to] of ALLOWED) {
      expect(Object.values(CAMPAIGN_ACTIONS).some((a) => a.to === to && a.from.includes(from))).toBe(true);
    }
  });

  it('then the table is frozen', () => {
    expect(Object.isFrozen(CAMPAIGN_TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(CAMPAIGN_TRANSITIONS.sending)).toBe(true);
  });

  it('when given a status that does not exist, then no transition is allowed', () => {
    expect(canTransition('archived' as CampaignStatus, 'draft')).toBe(false);
  });
});
