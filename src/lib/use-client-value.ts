import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * A value only the browser knows (storage, the address, browser features), read on every render.
 * Pages drawn at build time got `buildValue`; the browser's first render returns it too, so the
 * prerendered markup can be taken over, and React then renders again with the browser's value.
 */
export function useClientValue<T>(read: () => T, buildValue: T): T {
  return useSyncExternalStore(subscribeNever, read, () => buildValue);
}
