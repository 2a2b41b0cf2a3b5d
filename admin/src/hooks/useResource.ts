import * as React from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer (or error) arrives. */
  isLoading: boolean;
  /** True while a refetch runs with data already on screen. */
  isRefreshing: boolean;
  /** Resolves with the error, if any, so a caller can report a failed refresh. */
  refetch: () => Promise<{ error?: unknown }>;
  /** Replaces the data with a fresher copy the caller already has (e.g. a PUT response). */
  setData: (data: T) => void;
}

/**
 * Loads one resource on mount, whenever `key` changes (e.g. the page or search of a table) and on
 * demand. Each load aborts the previous one, so a slow answer can never overwrite a newer one, and
 * nothing is set after unmount.
 */
export const useResource = <T>(load: (signal: AbortSignal) => Promise<T>, key = ''): Resource<T> => {
  const [state, setState] = React.useState<{ data?: T; error?: unknown; status: 'loading' | 'refreshing' | 'idle' }>({
    status: 'loading',
  });
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const controllerRef = React.useRef<AbortController | null>(null);

  const refetch = React.useCallback(async (): Promise<{ error?: unknown }> => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setState((previous) => ({ ...previous, status: previous.data === undefined ? 'loading' : 'refreshing' }));
    try {
      const data = await loadRef.current(controller.signal);
      if (!controller.signal.aborted) setState({ data, status: 'idle' });
      return {};
    } catch (error) {
      if (controller.signal.aborted) return {};
      setState((previous) => ({ data: previous.data, error, status: 'idle' }));
      return { error };
    }
  }, []);

  React.useEffect(() => {
    void refetch();
    return () => controllerRef.current?.abort();
  }, [refetch, key]);

  const setData = React.useCallback((data: T) => setState({ data, status: 'idle' }), []);

  return {
    data: state.data,
    error: state.error,
    isLoading: state.status === 'loading',
    isRefreshing: state.status === 'refreshing',
    refetch,
    setData,
  };
};
