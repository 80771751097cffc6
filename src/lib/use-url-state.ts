import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { withParams } from './url-params';

type ParamChanges = Record<string, string | number | readonly string[] | undefined>;

/**
 * The current query string and a setter that changes some parameters and keeps the rest.
 * Filter changes replace the history entry (typing must not flood the back button); pass
 * `{ push: true }` for changes a reader expects to step back from.
 */
export function useUrlState(): [URLSearchParams, (changes: ParamChanges, options?: { push?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: ParamChanges, options: { push?: boolean } = {}) => {
      setParams((current) => withParams(current, changes), { replace: !options.push, preventScrollReset: true });
    },
    [setParams],
  );
  return [params, update];
}
