import { afterEach, beforeEach } from 'node:test';
import type { Store } from '../store.js';

/** Opens a fresh, empty store; `cleanup` closes it and removes whatever it left behind. */
export type OpenStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

/**
 * A fresh store for every test of the enclosing `describe`, so tests never see each other's data.
 * Returns an accessor for the current test's store.
 */
export function freshStorePerTest(open: OpenStore): () => Store {
  let current: { store: Store; cleanup: () => Promise<void> } | undefined;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('store used outside a test');
    return current.store;
  };
}

/** A builder of records from complete, valid defaults (made afresh each call) and a test's overrides. */
export function builder<R>(defaults: () => R): (overrides?: Partial<R>) => R {
  return (overrides = {}) => ({ ...defaults(), ...overrides });
}

/** ISO timestamp for a day of March 2026 at an hour (UTC): `day(3, 9)` -> `2026-03-03T09:00:00.000Z`. */
export function day(dayOfMonth: number, hour = 0, minute = 0): string {
  return new Date(Date.UTC(2026, 2, dayOfMonth, hour, minute)).toISOString();
}

/** Matcher for `assert.rejects`: a named domain error with this code. */
export function domainError(name: string, code: string): { name: string; code: string } {
  return { name, code };
}
