import { useEffect, type RefObject } from 'react';
import { useUrlState } from '../../../lib/use-url-state';
import { parseHostMessage, resizeMessage, stateMessage } from '../lib/protocol';

/** True inside an iframe (or any frame): only then is there a host to talk to. */
export const isEmbedded = (): boolean => {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
};

/**
 * Connects a widget to the page that embeds it (see "Embedding" in README.md):
 * - posts `bilateral:resize` with the height of `rootRef` whenever it changes;
 * - applies `bilateral:set` messages from the parent window (and only from it) to the query string,
 *   replacing the history entry, so the widget re-renders without a reload;
 * - posts `bilateral:state` with the current parameters when it starts and after every change.
 * Messages to the parent carry no private data (only the widget's own query), so they use "*" as
 * the target origin: a widget may be embedded by any page.
 */
export function useEmbedBridge(widget: string, rootRef: RefObject<HTMLElement | null>): void {
  const [params, update] = useUrlState();
  const query = params.toString();

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !isEmbedded() || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(resizeMessage(widget, height), '*');
    };
    // ResizeObserver alone is not enough: browsers pause rendering (and so ResizeObserver) in
    // cross-origin frames scrolled out of view, yet a host may change such a widget with
    // bilateral:set. A MutationObserver still runs there, and measuring forces the layout.
    const resizes = new ResizeObserver(report);
    resizes.observe(root);
    const mutations = new MutationObserver(report);
    mutations.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    window.addEventListener('resize', report);
    report();
    return () => {
      resizes.disconnect();
      mutations.disconnect();
      window.removeEventListener('resize', report);
    };
  }, [widget, rootRef]);

  useEffect(() => {
    if (!isEmbedded()) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const changes = parseHostMessage(event.data);
      if (changes) update(changes);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [update]);

  useEffect(() => {
    if (!isEmbedded()) return;
    window.parent.postMessage(stateMessage(widget, new URLSearchParams(query)), '*');
  }, [widget, query]);
}
