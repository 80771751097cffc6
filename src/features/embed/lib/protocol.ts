/**
 * The message protocol between a widget (inside an iframe) and the page that embeds it.
 * Documented for editors in README.md ("Embedding"). Everything here is pure so it can be tested without a
 * browser; the hook in ../hooks/use-embed-bridge.ts wires it to postMessage.
 */
import type { WidgetName } from './widgets';

export const RESIZE = 'bilateral:resize';
export const SET = 'bilateral:set';
export const STATE = 'bilateral:state';

/**
 * Parameters a host may set and that the widget reports. `data` is deliberately absent: which dataset
 * a widget shows is fixed by the iframe's address, not by messages.
 */
export const HOST_PARAMS = ['from', 'to', 'kind', 'host', 'sector', 'status', 'q', 'sort', 'view', 'lang', 'theme', 'title', 'controls'] as const;
export type HostParam = (typeof HOST_PARAMS)[number];

/** The longest value accepted for one parameter (the same bound the URL parsers use). */
export const MAX_VALUE_LENGTH = 200;

/** Changes to the query: a string sets the parameter, undefined removes it. */
export type ParamChanges = Partial<Record<HostParam, string | undefined>>;

const isHostParam = (name: string): name is HostParam => (HOST_PARAMS as readonly string[]).includes(name);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// Control characters have no place in a query value; a value carrying them is refused whole.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** One value from a message: a bounded string or a finite number sets, null or '' removes, anything else is refused. */
function readValue(value: unknown): { ok: true; value: string | undefined } | { ok: false } {
  if (value === null) return { ok: true, value: undefined };
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value: String(value) } : { ok: false };
  if (typeof value !== 'string') return { ok: false };
  const trimmed = value.trim();
  if (trimmed.length > MAX_VALUE_LENGTH || CONTROL_CHARACTERS.test(trimmed)) return { ok: false };
  return { ok: true, value: trimmed === '' ? undefined : trimmed };
}

/**
 * Reads a message posted to the widget. Returns the query changes of a valid `bilateral:set`
 * message, or null for anything else (other types, malformed params, nothing usable). Unknown
 * parameter names and values of the wrong type are dropped; values are only ever put into the URL,
 * where the view's lenient parsers check them again, so nothing from a message is executed or
 * rendered as markup.
 */
export function parseHostMessage(data: unknown): ParamChanges | null {
  if (!isPlainObject(data) || data.type !== SET || !isPlainObject(data.params)) return null;
  const changes: ParamChanges = {};
  let count = 0;
  for (const name of Object.keys(data.params)) {
    if (!isHostParam(name)) continue;
    const read = readValue(data.params[name]);
    if (!read.ok) continue;
    changes[name] = read.value;
    count += 1;
  }
  return count > 0 ? changes : null;
}

/** The parameters a widget reports to its host: the host parameters present in the query, as strings. */
export function reportedParams(params: URLSearchParams): Partial<Record<HostParam, string>> {
  const reported: Partial<Record<HostParam, string>> = {};
  for (const name of HOST_PARAMS) {
    const value = params.get(name);
    if (value !== null && value !== '') reported[name] = value;
  }
  return reported;
}

export interface ResizeMessage {
  type: typeof RESIZE;
  widget: string;
  height: number;
}

export interface StateMessage {
  type: typeof STATE;
  widget: string;
  params: Partial<Record<HostParam, string>>;
}

export const resizeMessage = (widget: WidgetName | string, height: number): ResizeMessage => ({
  type: RESIZE,
  widget,
  height: Math.max(0, Math.ceil(height)),
});

export const stateMessage = (widget: WidgetName | string, params: URLSearchParams): StateMessage => ({
  type: STATE,
  widget,
  params: reportedParams(params),
});
