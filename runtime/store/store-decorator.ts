import type { Mutation } from './mutations.js';
import type { Store } from './store.js';

/**
 * The store with its `transact` replaced by `transact` (a decorator that adds to or announces each
 * transaction); every repository read passes through unchanged.
 */
export function withTransact(
  store: Store,
  transact: (mutations: readonly Mutation[]) => Promise<void>,
): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'transact') return transact;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
