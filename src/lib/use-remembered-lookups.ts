import { useMemo } from 'react';
import type { TFunction } from 'i18next';

/**
 * A translator that remembers the lookups taking no options (sector and status names, headings),
 * for views that draw the same labels many times on every keystroke: the agreements table asks for
 * them in each of its rows and the filters in each of their boxes. A new `t` (another language)
 * starts afresh.
 */
export function useRememberedLookups<Namespace extends string>(t: TFunction<Namespace>): TFunction<Namespace> {
  return useMemo(() => {
    const known = new Map<string, string>();
    const lookup = (...args: Parameters<TFunction<Namespace>>) => {
      const [key] = args;
      if (args.length !== 1 || typeof key !== 'string') return t(...args);
      let text = known.get(key);
      if (text === undefined) known.set(key, (text = t(key)));
      return text;
    };
    return lookup as TFunction<Namespace>;
  }, [t]);
}
