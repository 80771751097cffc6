import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom has no layout; charts and virtual lists need these to measure something.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// A console error or warning in a test is a defect: fail loudly instead of scrolling past it.
const failOnConsole = (method: 'error' | 'warn') => {
  const original = console[method];
  return vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    original(...args);
    throw new Error(`console.${method} was called: ${args.map(String).join(' ')}`);
  });
};

let spies: ReturnType<typeof failOnConsole>[] = [];
beforeEach(() => {
  spies = [failOnConsole('error'), failOnConsole('warn')];
});
afterEach(() => {
  cleanup();
  for (const spy of spies) spy.mockRestore();
  localStorage.clear();
});
