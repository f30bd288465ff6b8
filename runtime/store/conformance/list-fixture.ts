import assert from 'node:assert/strict';
import type { Mutation } from '../mutations.js';
import type { Page } from '../store.js';

/** A mutation that carries one whole record (`case.insert`, `audit.append` …). */
type RecordWrite = Extract<Mutation, { record: unknown }>;

/** One `kind` mutation per record: `const insert = writesOf('visit.insert'); insert([a, b])`. */
export function writesOf<K extends RecordWrite['kind']>(
  kind: K,
): (records: Extract<RecordWrite, { kind: K }>['record'][]) => Mutation[] {
  return (records) => records.map((record) => ({ kind, record }) as Mutation);
}

/** A list page holds exactly these records (by id, in order) of `total` matches. */
export function assertPage(page: Page<{ id: string }>, ids: string[], total: number): void {
  assert.deepEqual(
    page.items.map((item) => item.id),
    ids,
  );
  assert.equal(page.total, total);
}
