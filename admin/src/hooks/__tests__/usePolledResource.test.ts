import { act, renderHook } from '@testing-library/react';

import { isWorking } from '../../utils/importMessages';
import { usePolledResource } from '../usePolledResource';

type Job = { status: 'analysing' | 'analysed' | 'importing' | 'completed' | 'failed' };

/** Lets the load's promise settle and React apply the answer. */
const settle = () => act(async () => {});

describe('usePolledResource', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('Given a job the server works on, it asks again every interval, and stops once the job has ended', async () => {
    const answers: Job[] = [{ status: 'importing' }, { status: 'importing' }, { status: 'completed' }];
    let calls = 0;
    const load = jest.fn((): Promise<Job> => {
      calls += 1;
      return Promise.resolve(answers[Math.min(calls, answers.length) - 1]);
    });
    const { result } = renderHook(() => usePolledResource(load, { intervalMs: 500, shouldPoll: isWorking }));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);

    await act(async () => jest.advanceTimersByTime(499));
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(1));
    await settle();
    expect(load).toHaveBeenCalledTimes(2);

    await act(async () => jest.advanceTimersByTime(500));
    await settle();
    expect(load).toHaveBeenCalledTimes(3);
    expect(result.current.data).toEqual({ status: 'completed' });

    await act(async () => jest.advanceTimersByTime(5000));
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('Given a job that waits for the user, it does not poll at all', async () => {
    const load = jest.fn(() => Promise.resolve<Job>({ status: 'analysed' }));
    renderHook(() => usePolledResource(load, { intervalMs: 500, shouldPoll: isWorking }));
    await settle();
    await act(async () => jest.advanceTimersByTime(5000));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('Given a failed poll, it keeps the last job on screen and tries again', async () => {
    let call = 0;
    const load = jest.fn(() => {
      call += 1;
      if (call === 2) return Promise.reject(new Error('network'));
      return Promise.resolve<Job>({ status: call >= 3 ? 'failed' : 'analysing' });
    });
    const { result } = renderHook(() => usePolledResource(load, { intervalMs: 500, shouldPoll: isWorking }));
    await settle();
    await act(async () => jest.advanceTimersByTime(500));
    await settle();
    expect(result.current.data).toEqual({ status: 'analysing' });
    expect(result.current.error).toBeInstanceOf(Error);

    await act(async () => jest.advanceTimersByTime(500));
    await settle();
    expect(result.current.data).toEqual({ status: 'failed' });
    await act(async () => jest.advanceTimersByTime(5000));
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('Given the page is left, no request is scheduled any more', async () => {
    const load = jest.fn(() => Promise.resolve<Job>({ status: 'importing' }));
    const { unmount } = renderHook(() => usePolledResource(load, { intervalMs: 500, shouldPoll: isWorking }));
    await settle();
    unmount();
    await act(async () => jest.advanceTimersByTime(5000));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
