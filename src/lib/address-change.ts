import { flushSync } from 'react-dom';

let changingAtOnce = false;

/**
 * Applies an address change at once, in the task of the click or key press (`flushSync`): the list
 * under a ticked checkbox is redrawn before the next frame, rather than in a transition that the
 * browser may paint in the middle of. The app's router (AppRouter) draws every other address change
 * (links, back and forward) as a transition, so the page on screen stays until the next view's code
 * has arrived.
 */
export function changeAddressAtOnce(change: () => void): void {
  changingAtOnce = true;
  try {
    flushSync(change);
  } finally {
    changingAtOnce = false;
  }
}

/** Whether the address is being changed by changeAddressAtOnce, for the router's history listener. */
export const isChangingAddressAtOnce = (): boolean => changingAtOnce;
