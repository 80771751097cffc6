import { useCallback, useState } from 'react';
import { useUrlState } from './use-url-state';
import { withParams } from './url-params';

type ParamChanges = Record<string, string | number | readonly string[] | undefined>;

/**
 * The URL state of a view, applied to the page at once. The router commits a query change a moment
 * later (navigation is asynchronous), which would make a checkbox or a text box flick back for a
 * frame; the page shows the pending parameters until the router's own arrive.
 */
export function useViewParams(): [URLSearchParams, (changes: ParamChanges, options?: { push?: boolean }) => void] {
  const [params, setParams] = useUrlState();
  const [pending, setPending] = useState<{ base: URLSearchParams; next: URLSearchParams } | null>(null);
  const current = pending && pending.base === params ? pending.next : params;
  const update = useCallback(
    (changes: ParamChanges, options?: { push?: boolean }) => {
      setPending((previous) => {
        const base = previous && previous.base === params ? previous.next : params;
        return { base: params, next: withParams(base, changes) };
      });
      setParams(changes, options);
    },
    [params, setParams],
  );
  return [current, update];
}
