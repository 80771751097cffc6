/**
 * `compute` with its results kept by argument. For labels that a long list asks for again and
 * again ("12 meetings" under many years): a translation lookup with plurals and number formatting
 * costs far more than a Map read. Make one per language, since the results depend on it.
 */
export function memoizeByKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
