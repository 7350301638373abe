/**
 * Answers kept once found: the extractor asks the same question of the same mention or word many times over an
 * article, and over a corpus.
 */

/** The value `kept` holds for `key`, computed and kept on first ask (`undefined` is never a value kept). */
export function remember<K, V>(kept: Map<K, V>, key: K, compute: (key: K) => V): V {
  let value = kept.get(key);
  if (value === undefined) {
    value = compute(key);
    kept.set(key, value);
  }
  return value;
}
