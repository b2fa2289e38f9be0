import { LRUCache } from 'lru-cache';

/**
 * The bounded LRU map of the gateway's per-operation caches — query-limit verdicts, token counts,
 * verified callers — so memory stays bounded whatever callers send. A thin wrapper over `lru-cache`
 * whose values may be null (a token count of a document that does not lex).
 */
export class LruCache<K extends string, V> {
  private readonly cache: LRUCache<K, { value: V }>;

  constructor(readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new Error(`an LRU cache needs at least one entry, got ${maxEntries}`);
    this.cache = new LRUCache<K, { value: V }>({ max: maxEntries });
  }

  get size(): number {
    return this.cache.size;
  }

  get(key: K): V | undefined {
    return this.cache.get(key)?.value;
  }

  set(key: K, value: V): void {
    this.cache.set(key, { value });
  }

  delete(key: K): void {
    this.cache.delete(key);
  }

  clear(): void {
    this.cache.clear();
  }
}
