import { CAMPAIGN_ACTIONS } from '../../core';
import { IllegalTransition } from '../machine';
import { CAMPAIGN_MACHINE, IMPORT_MACHINE } from '../machines';

describe('Given the transition tables', () => {
  it('When a campaign action is looked up, Then every one of its transitions is in the table', () => {
    for (const { from, to } of Object.values(CAMPAIGN_ACTIONS)) {
      expect(() => CAMPAIGN_MACHINE.assert(from, to)).not.toThrow();
    }
  });

  it('When a transition the design does not draw is asked for, Then it is refused before any write', () => {
    expect(() => CAMPAIGN_MACHINE.assert('completed', 'sending')).toThrow(IllegalTransition);
    expect(() => CAMPAIGN_MACHINE.assert(['scheduled', 'draft'], 'sending')).toThrow(/from "draft" to "sending"/);
    expect(() => IMPORT_MACHINE.assert('completed', 'importing')).toThrow(IllegalTransition);
  });

  it('Then the ends of each machine are terminal and nothing else is', () => {
    expect(Object.keys(IMPORT_MACHINE.transitions).filter((s) => IMPORT_MACHINE.isTerminal(s as never))).toEqual([
      'completed',
      'cancelled',
    ]);
    expect(Object.keys(CAMPAIGN_MACHINE.transitions).filter((s) => CAMPAIGN_MACHINE.isTerminal(s as never))).toEqual([
      'completed',
      'cancelled',
    ]);
  });
});
