import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { withParams } from './url-params';
import { changeAddressAtOnce } from './address-change';

type ParamChanges = Record<string, string | number | readonly string[] | undefined>;

/**
 * The current query string and a setter that changes some parameters and keeps the rest.
 * Filter changes replace the history entry (typing must not flood the back button); pass
 * `{ push: true }` for changes a reader expects to step back from.
 *
 * The router applies a change a moment later, so two quick changes (two checkboxes ticked in a
 * row) would both start from the same old query and the first would be lost. Each change therefore
 * starts from the previous change while the router has not caught up.
 *
 * The setter keeps its identity across URL changes (the router's own setter does not), so
 * memoised parts of a page that receive it are not redrawn by every filter change.
 *
 * Changes are drawn at once by default (`flushSync`, see changeAddressAtOnce), in the task of the
 * click or key press, rather than as a transition: the router would otherwise start a time-sliced
 * render that the browser may paint halfway through, putting the result on screen a frame or two
 * later. Views that show a change at once by themselves and draw their results from a deferred copy
 * (useViewParams) pass `{ transition: true }`: the rest of the page then follows in short slices,
 * and the browser answers the click or key press with the next frame.
 */
export interface UrlChangeOptions {
  /** A new history entry, for changes a reader expects to step back from. */
  push?: boolean;
  /** Let the router apply the change as a transition instead of at once. */
  transition?: boolean;
}

export function useUrlState(): [URLSearchParams, (changes: ParamChanges, options?: UrlChangeOptions) => void] {
  const [params, setParams] = useSearchParams();
  const rendered = useRef(params);
  const pending = useRef<{ base: URLSearchParams; next: URLSearchParams } | null>(null);
  const latestSetParams = useRef(setParams);
  useLayoutEffect(() => {
    rendered.current = params;
    latestSetParams.current = setParams;
  }, [params, setParams]);

  const update = useCallback(
    (changes: ParamChanges, options: UrlChangeOptions = {}) => {
      const latest = pending.current?.base === rendered.current ? pending.current.next : rendered.current;
      const next = withParams(latest, changes);
      pending.current = { base: rendered.current, next };
      const apply = () => latestSetParams.current(next, { replace: !options.push });
      if (options.transition) apply();
      else changeAddressAtOnce(apply);
    },
    [],
  );
  return [params, update];
}
