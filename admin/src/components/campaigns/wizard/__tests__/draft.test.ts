import { campaign } from '../../../../__tests__/fixtures';
import type { CampaignDetails } from '../../../../api/campaigns';
import { canOpenStep, draftFromCampaign, EMPTY_DRAFT, firstIncompleteStep, settingsFrom, toUpdate } from '../draft';
import { readRefusals } from '../serverErrors';

const details = (overrides: Partial<CampaignDetails> = {}): CampaignDetails => ({ ...campaign(), ...overrides });

describe('the wizard draft', () => {
  it('Given a saved draft with nothing but a name, When read back, Then every step starts empty, not undefined', () => {
    const draft = draftFromCampaign(details({ name: 'Soldes', message: null, listIds: null }));
    expect(draft).toMatchObject({ name: 'Soldes', message: '', listIds: [], stopMention: null, trackedLinks: [] });
  });

  it('Given a previous proof campaign, When its settings are loaded, Then every step is copied but the name and proof flag stay', () => {
    const current = { ...EMPTY_DRAFT, name: 'Soldes d’été', isProof: false };
    const previous = details({
      name: 'BAT soldes',
      isProof: true,
      kind: 'notification',
      listIds: [3, 1],
      exclusionListIds: [7],
      sender: 'MONSITE',
      message: 'Bonjour ${Prénom}',
      trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }],
    });
    expect(settingsFrom(current, previous)).toMatchObject({
      name: 'Soldes d’été',
      isProof: false,
      kind: 'notification',
      listIds: [3, 1],
      exclusionListIds: [7],
      sender: 'MONSITE',
      message: 'Bonjour ${Prénom}',
      trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }],
    });
  });

  it('Given the default STOP mention, When saved, Then it is left to the server; a removed mention is sent as empty', () => {
    expect(toUpdate({ ...EMPTY_DRAFT, name: 'A' })).not.toHaveProperty('stopMention');
    expect(toUpdate({ ...EMPTY_DRAFT, name: 'A', stopMention: '' })).toHaveProperty('stopMention', '');
  });

  it('Given a mention restored after a removal, When saved, Then the default text is sent (the API takes no null)', () => {
    expect(toUpdate({ ...EMPTY_DRAFT, name: 'A' }, 'STOP 36184')).toHaveProperty('stopMention', 'STOP 36184');
  });

  it('Given a draft saved with a date on the last step, When read back and saved again, Then the date stays; a scheduled campaign is not a draft date', () => {
    const at = '2026-12-08T09:15:00.000Z';
    const draft = draftFromCampaign(details({ status: 'draft', scheduledAt: at }));
    expect(draft.scheduledAt).toBe(at);
    expect(toUpdate(draft)).toHaveProperty('scheduledAt', at);
    expect(toUpdate({ ...draft, scheduledAt: null })).toHaveProperty('scheduledAt', null);
    expect(draftFromCampaign(details({ status: 'scheduled', scheduledAt: at })).scheduledAt).toBeNull();
  });

  it('Given a previous campaign with a date, When its settings are loaded, Then the new draft keeps its own date', () => {
    const current = { ...EMPTY_DRAFT, name: 'Soldes', scheduledAt: null };
    const previous = details({ status: 'completed', scheduledAt: '2026-01-05T09:00:00.000Z' });
    expect(settingsFrom(current, previous).scheduledAt).toBeNull();
  });

  it('Given a draft without lists, When the user jumps ahead, Then the message and send steps stay closed', () => {
    const named = { ...EMPTY_DRAFT, name: 'A' };
    expect(firstIncompleteStep(named)).toBe('recipients');
    expect(canOpenStep(named, 'recipients')).toBe(true);
    expect(canOpenStep(named, 'message')).toBe(false);
    expect(canOpenStep({ ...named, listIds: [1], message: 'Hi' }, 'send')).toBe(true);
  });
});

describe('the refusals of the server', () => {
  const thrown = (error: unknown) => ({ response: { data: { error } } });

  it('Given an ApplicationError with a code, When read, Then the code lands on its field', () => {
    expect(readRefusals(thrown({ name: 'ApplicationError', details: { code: 'SENDER_INVALID' } }))).toEqual([
      { code: 'SENDER_INVALID', field: 'sender', details: { code: 'SENDER_INVALID' } },
    ]);
  });

  it('Given a schedule outside the window, When read, Then the next slot comes with it', () => {
    const [refusal] = readRefusals(
      thrown({
        name: 'ValidationError',
        details: {
          errors: [
            {
              path: ['scheduledAt'],
              message: 'outside',
              value: { code: 'OUTSIDE_SENDING_WINDOW', nextSlot: '2026-12-07T07:00:00.000Z' },
            },
          ],
        },
      })
    );
    expect(refusal).toMatchObject({ code: 'OUTSIDE_SENDING_WINDOW', field: 'scheduledAt' });
    expect(refusal.details.nextSlot).toBe('2026-12-07T07:00:00.000Z');
  });

  it('Given a network failure, When read, Then there is no refusal to show by a field', () => {
    expect(readRefusals(new Error('offline'))).toEqual([]);
  });
});
