import { renderHook, waitFor } from '@testing-library/react';

import { useResource } from '../useResource';

describe('useResource', () => {
  it('Given a new key (another page or search), it loads again and aborts the load it replaces', async () => {
    const signals: AbortSignal[] = [];
    const load = jest.fn((signal: AbortSignal) => {
      signals.push(signal);
      return Promise.resolve(signals.length);
    });
    const { result, rerender } = renderHook(({ key }) => useResource(load, key), { initialProps: { key: 'page=1' } });
    await waitFor(() => expect(result.current.data).toBe(1));

    rerender({ key: 'page=1' });
    expect(load).toHaveBeenCalledTimes(1);

    rerender({ key: 'page=2' });
    await waitFor(() => expect(result.current.data).toBe(2));
    expect(load).toHaveBeenCalledTimes(2);
    expect(signals[0].aborted).toBe(true);
  });
});
