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

/**
 * The same for a function of the Site and an object: one result per pair,
 * so a value derived for one Site is never handed to another.
 */
export function memoBySite<S extends object, K extends object, V>(compute: (site: S, key: K) => V): (site: S, key: K) => V {
  const bySite = new WeakMap<S, WeakMap<K, V>>();
  return (site, key) => {
    let cache = bySite.get(site);
    if (!cache) bySite.set(site, (cache = new WeakMap()));
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(site, key);
    cache.set(key, value);
    return value;
  };
}
