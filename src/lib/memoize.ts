/**
 * `compute` with its results kept by `keyOf` of the arguments. For labels that a long list asks for
 * again and again ("12 meetings" under many years): a translation lookup with plurals and number
 * formatting costs far more than a Map read. Make one per language, since the results depend on it.
 */
export function memoize<A extends unknown[], V>(compute: (...args: A) => V, keyOf: (...args: A) => string | number): (...args: A) => V {
  const results = new Map<string | number, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (results.has(key)) return results.get(key) as V;
    const value = compute(...args);
    results.set(key, value);
    return value;
  };
}
