import { isLive, rowActionsFor } from '../campaignRowActions';

const all = { canWrite: true, canSend: true };

describe('the actions of a campaigns-page row', () => {
  it('Given a draft, When its menu opens, Then it can be edited, duplicated and deleted but not paused', () => {
    expect(rowActionsFor('draft', all)).toEqual(['edit', 'settings', 'duplicate', 'delete']);
  });

  it('Given a scheduled campaign, When its menu opens, Then its schedule can be cancelled and it cannot be deleted', () => {
    expect(rowActionsFor('scheduled', all)).toEqual(['open', 'settings', 'duplicate', 'unschedule']);
  });

  it('Given a sending campaign, When its menu opens, Then it can be paused or cancelled, never deleted', () => {
    const actions = rowActionsFor('sending', all);
    expect(actions).toEqual(['open', 'settings', 'duplicate', 'pause', 'cancel']);
    expect(actions).not.toContain('delete');
  });

  it('Given a paused campaign, When its menu opens, Then it can be resumed or cancelled', () => {
    expect(rowActionsFor('paused', all)).toEqual(['open', 'settings', 'duplicate', 'resume', 'cancel']);
  });

  it('Given finished campaigns, When their menus open, Then only reading, duplicating and deleting remain', () => {
    expect(rowActionsFor('completed', all)).toEqual(['open', 'settings', 'duplicate', 'delete']);
    expect(rowActionsFor('cancelled', all)).toEqual(['open', 'settings', 'duplicate', 'delete']);
    expect(rowActionsFor('consolidating', all)).toEqual(['open', 'settings', 'duplicate']);
  });

  it('Given a user who may only read, When a menu opens, Then no action that changes a campaign is offered', () => {
    expect(rowActionsFor('draft', { canWrite: false, canSend: false })).toEqual(['settings']);
    expect(rowActionsFor('sending', { canWrite: false, canSend: false })).toEqual(['open', 'settings']);
  });

  it('Given the statuses, When the page decides to poll, Then only moving campaigns are followed', () => {
    expect(
      ['draft', 'scheduled', 'sending', 'paused', 'consolidating', 'completed', 'cancelled'].filter((s) =>
        isLive(s as never)
      )
    ).toEqual(['scheduled', 'sending', 'consolidating']);
  });
});
