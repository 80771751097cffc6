import { useCallback, useEffect, useRef, useState } from 'react';
import { useUrlState, type UrlChangeOptions } from './use-url-state';
import { withParams } from './url-params';

type ParamChanges = Record<string, string | number | readonly string[] | undefined>;

export interface ViewParamOptions extends Pick<UrlChangeOptions, 'push'> {
  /**
   * A change made while typing: shown at once, written to the address once typing pauses (or focus
   * leaves the box, the page is printed or left), as one change instead of one per key.
   */
  typing?: boolean;
}

/** How long typing must pause before the address follows it. */
const TYPING_PAUSE_MS = 300;

/**
 * The URL state of a view, applied to the view at once. The router commits a query change a moment
 * later, as a transition, which would make a checkbox or a text box flick back for a frame; the view
 * shows the pending parameters until the router's own arrive. Only the view is redrawn in the task
 * of the click or key press; the rest of the page follows in short slices, so the browser answers
 * the input with the next frame (on a slow phone, a sort or a keystroke on /agreements is answered
 * about a third sooner than when the whole page is redrawn at once).
 *
 * Typing writes the address once it pauses. Writing it on every key press put the address change
 * and the router's bookkeeping in the key press's own task, before the rows could be drawn (about
 * 2 ms of every keystroke at 100,000 agreements), and fast typing could reach the browser's limit
 * on address changes.
 */
export function useViewParams(): [URLSearchParams, (changes: ParamChanges, options?: ViewParamOptions) => void] {
  const [params, setParams] = useUrlState();
  const [pending, setPending] = useState<{ base: URLSearchParams; next: URLSearchParams } | null>(null);
  const current = pending && pending.base === params ? pending.next : params;

  // Typed changes not yet in the address; any other change takes them along.
  const unwritten = useRef<{ changes: ParamChanges; timer: ReturnType<typeof setTimeout> } | null>(null);
  const write = useCallback(
    (changes: ParamChanges, options?: Pick<UrlChangeOptions, 'push'>) => {
      const typed = unwritten.current;
      unwritten.current = null;
      if (typed) clearTimeout(typed.timer);
      setParams({ ...typed?.changes, ...changes }, { ...options, transition: true });
    },
    [setParams],
  );
  useEffect(() => {
    const writeTyped = () => {
      if (unwritten.current) write({});
    };
    // A printout names its address; so does the history entry of a page left behind.
    document.addEventListener('focusout', writeTyped);
    window.addEventListener('beforeprint', writeTyped);
    window.addEventListener('pagehide', writeTyped);
    return () => {
      document.removeEventListener('focusout', writeTyped);
      window.removeEventListener('beforeprint', writeTyped);
      window.removeEventListener('pagehide', writeTyped);
      // The view is going (another address is already shown): the typed text stays with it.
      if (unwritten.current) clearTimeout(unwritten.current.timer);
      unwritten.current = null;
    };
  }, [write]);

  const update = useCallback(
    (changes: ParamChanges, { typing = false, ...options }: ViewParamOptions = {}) => {
      setPending((previous) => {
        const base = previous && previous.base === params ? previous.next : params;
        return { base: params, next: withParams(base, changes) };
      });
      if (!typing) return write(changes, options);
      if (unwritten.current) clearTimeout(unwritten.current.timer);
      unwritten.current = { changes: { ...unwritten.current?.changes, ...changes }, timer: setTimeout(() => write({}), TYPING_PAUSE_MS) };
    },
    [params, write],
  );
  return [current, update];
}
