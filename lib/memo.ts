/**
 * Remembers a function's result for each object it is called with (an
 * entry, a journal) for as long as that object lives: a rebuilt journal in
 * the preview brings fresh objects, and so fresh results.
 */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
