import { act, renderHook } from '@testing-library/react';

import { campaign } from '../../__tests__/fixtures';
import type { CampaignDetails } from '../../api/campaigns';
import { SAVE_DELAY_MS, useCampaignDraft } from '../useCampaignDraft';

const put = jest.fn();
const client = { put, get: jest.fn(), post: jest.fn(), del: jest.fn() };
jest.mock('@strapi/strapi/admin', () => ({ useFetchClient: () => client }));

const saved = (overrides: Partial<CampaignDetails> = {}) => ({
  data: { data: { ...campaign({ id: 7 }), ...overrides } },
});

describe('useCampaignDraft', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    put.mockReset();
  });
  afterEach(() => jest.useRealTimers());

  it('Given a burst of typing, When the user pauses, Then the changed field is saved once, with the last text', async () => {
    put.mockResolvedValue(saved());
    const { result } = renderHook(() => useCampaignDraft({ ...campaign({ id: 7 }), name: 'Soldes' }));
    act(() => result.current.change({ message: 'B' }));
    act(() => result.current.change({ message: 'Bonjour' }));
    expect(result.current.state).toBe('pending');
    expect(put).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(SAVE_DELAY_MS);
    });
    expect(put).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledWith('/mobile-campaigns/campaigns/7', { message: 'Bonjour' });
    expect(result.current.state).toBe('saved');
  });

  it('Given a sender the server refuses, When saved, Then the refusal comes back on the sender field', async () => {
    put.mockRejectedValue({
      response: { data: { error: { name: 'ApplicationError', details: { code: 'SENDER_INVALID' } } } },
    });
    const { result } = renderHook(() => useCampaignDraft(campaign({ id: 7 })));
    act(() => result.current.change({ sender: 'Mon Site Web !' }));
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.save();
    });
    expect(ok).toBe(false);
    expect(result.current.state).toBe('error');
    expect(result.current.refusals).toEqual([expect.objectContaining({ code: 'SENDER_INVALID', field: 'sender' })]);
  });

  it('Given a change not saved yet, When the wizard is left, Then it is saved on the way out', async () => {
    put.mockResolvedValue(saved());
    const { result, unmount } = renderHook(() => useCampaignDraft(campaign({ id: 7 })));
    act(() => result.current.change({ name: 'Dernière minute' }));
    await act(async () => {
      unmount();
    });
    expect(put).toHaveBeenCalledWith(
      '/mobile-campaigns/campaigns/7',
      expect.objectContaining({ name: 'Dernière minute' })
    );
  });

  it('Given nothing changed, When a step changes, Then no request is made', async () => {
    const { result } = renderHook(() => useCampaignDraft(campaign({ id: 7 })));
    await act(async () => {
      await result.current.save();
    });
    expect(put).not.toHaveBeenCalled();
  });
});
