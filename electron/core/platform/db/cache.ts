import type { Store } from './store';

/**
 * A cache of figures computed from the database, kept per connection and key until the data
 * version changes (store.dataVersion: any import, undo, decision or setting that can move a figure).
 */
export function dataCache<T>(maxKeys = 20) {
  const perStore = new WeakMap<Store, { version: number; entries: Map<string, T> }>();
  return function cached(store: Store, key: string, compute: () => T): T {
    const version = store.dataVersion();
    let held = perStore.get(store);
    if (!held || held.version !== version) {
      held = { version, entries: new Map() };
      perStore.set(store, held);
    }
    if (held.entries.has(key)) return held.entries.get(key)!;
    const value = compute();
    if (held.entries.size >= maxKeys) held.entries.clear();
    held.entries.set(key, value);
    return value;
  };
}
