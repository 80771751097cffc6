import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDarkNow = () => document.documentElement.classList.contains('dark');

/** Whether the dark theme is in force (the `dark` class on <html>), following changes. */
export const useDark = (): boolean => useSyncExternalStore(subscribe, isDarkNow, () => false);
