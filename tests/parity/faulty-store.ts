import type { Mutation } from '../../runtime/store/mutations.js';
import type { Store } from '../../runtime/store/store.js';

/** Where the injected crash happens relative to the transaction it hits. */
export type FaultPoint = 'before-commit' | 'after-commit';

/**
 * A real store whose next transaction matching a predicate "crashes": it throws without writing
 * (before-commit) or after writing (after-commit), once. Everything else goes to the store as is.
 */
export class FaultyStore {
  readonly store: Store;
  #fault: { matches: (writes: Mutation[]) => boolean; at: FaultPoint } | null = null;
  #hit = false;

  constructor(inner: Store) {
    const transact = async (writes: Mutation[]) => {
      const fault = this.#fault;
      if (!fault?.matches(writes)) return inner.transact(writes);
      this.#fault = null;
      this.#hit = true;
      if (fault.at === 'after-commit') await inner.transact(writes);
      throw new Error(`injected crash ${fault.at}: ${writes.map((w) => w.kind).join(', ')}`);
    };
    this.store = new Proxy(inner, {
      get: (target, prop) => {
        if (prop === 'transact') return transact;
        const value = Reflect.get(target, prop) as unknown;
        // Methods run on the store itself (its private fields are not the proxy's).
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  failNext(matches: (writes: Mutation[]) => boolean, at: FaultPoint): void {
    this.#fault = { matches, at };
    this.#hit = false;
  }

  /** Whether the armed fault fired. */
  get hit(): boolean {
    return this.#hit;
  }
}
