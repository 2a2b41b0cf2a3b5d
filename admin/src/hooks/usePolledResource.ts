import * as React from 'react';

import { useResource, type Resource } from './useResource';

/**
 * A resource loaded again every `intervalMs` while `shouldPoll(data)` holds: a job's page follows
 * it until it ends, then stops asking. The next load is scheduled only once the previous answer
 * is in, so a slow server is never asked twice at once.
 */
export const usePolledResource = <T>(
  load: (signal: AbortSignal) => Promise<T>,
  { key = '', intervalMs, shouldPoll }: { key?: string; intervalMs: number; shouldPoll: (data: T) => boolean }
): Resource<T> => {
  const resource = useResource(load, key);
  const shouldPollRef = React.useRef(shouldPoll);
  shouldPollRef.current = shouldPoll;
  const { data, error, refetch, isLoading, isRefreshing } = resource;
  const polling = data !== undefined && shouldPollRef.current(data);

  React.useEffect(() => {
    if (!polling || isLoading || isRefreshing) return undefined;
    const timer = setTimeout(() => void refetch(), intervalMs);
    return () => clearTimeout(timer);
    // `data` and `error` restart the wait after each answer: a failed poll keeps the old data.
  }, [polling, isLoading, isRefreshing, data, error, refetch, intervalMs]);

  return resource;
};
