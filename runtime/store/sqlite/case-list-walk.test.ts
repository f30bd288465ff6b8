import type { CaseQuery } from '../store.js';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { aCase, anEvent, aRating } from '../conformance/case-fixtures.js';
import type { Mutation } from '../mutations.js';
import { SqliteStore } from './sqlite-store.js';

let dir = '';
let store: SqliteStore;
const cases = 6000;
/** Every third case rated unsatisfied, every fifth reopened; creation times out of id order. */
const createdAt = (i: number) => new Date(Date.UTC(2026, 2, 1) + ((i * 7919) % cases) * 60_000).toISOString();

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'case-list-walk-'));
  store = SqliteStore.open({ file: path.join(dir, 'walk.db') });
  const writes: Mutation[] = [];
  for (let i = 0; i < cases; i++) {
    const id = `c${String(i).padStart(4, '0')}`;
    writes.push({ kind: 'case.insert', record: aCase({ id, createdAt: createdAt(i) }) });
    if (i % 3 === 0)
      writes.push({
        kind: 'rating.insert',
        record: aRating({ id: `r${i}`, caseId: id, level: 'unsatisfied' }),
      });
    if (i % 5 === 0)
      writes.push({ kind: 'event.append', record: anEvent({ id: `e${i}`, caseId: id, type: 'reopened' }) });
  }
  await store.transact(writes);
});
after(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

void describe('case lists filtered by ratings or events, with more than 1,000 matches', () => {
  const expected = (keep: (i: number) => boolean) =>
    Array.from({ length: cases }, (_, i) => i)
      .filter(keep)
      .map((i) => ({ id: `c${String(i).padStart(4, '0')}`, at: createdAt(i) }))
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
      .map((c) => c.id);

  void it('pages newest first exactly like the small-list plan: first pages, deep pages, past the end', async () => {
    const filters: [Partial<CaseQuery>, (i: number) => boolean][] = [
      [{ ratingLevels: ['unsatisfied'] }, (i: number) => i % 3 === 0],
      // two levels: counted on case_kpi, paged walking the cases (one level pages on case_kpi)
      [{ ratingLevels: ['unsatisfied', 'satisfied'] }, (i: number) => i % 3 === 0],
      [{ withEventType: 'reopened' }, (i: number) => i % 5 === 0],
    ];
    for (const [filter, keep] of filters) {
      const all = expected(keep);
      assert.ok(all.length > 1000);
      for (const offset of [0, 50, 950, 1000, all.length - 10, all.length]) {
        const page = await store.cases.list({ jurisdiction: 'hz', ...filter, limit: 50, offset });
        assert.equal(page.total, all.length);
        assert.deepEqual(
          page.items.map((c) => c.id),
          all.slice(offset, offset + 50),
          `${JSON.stringify(filter)} offset ${offset}`,
        );
      }
    }
  });
});
