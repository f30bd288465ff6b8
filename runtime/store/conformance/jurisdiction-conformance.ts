import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JurisdictionRecord } from '../jurisdictions.js';
import type { DefinitionVersionRecord } from '../records.js';
import { domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

const taizhou = (over: Partial<JurisdictionRecord> = {}): JurisdictionRecord => ({
  id: 'taizhou',
  status: 'active',
  files: { 'README.md': '# 台州', 'scenarios/a.scenario.json': '{"title":"甲"}' },
  createdFrom: 'copy:jiaxing-etdz',
  changedAt: '2026-11-12T02:00:00.000Z',
  changedBy: 'user_admin',
  ...over,
});
const save = (record: JurisdictionRecord, create: boolean) => ({
  kind: 'jurisdiction.save' as const,
  record,
  create,
});
const version1 = (hash: string): DefinitionVersionRecord => ({
  jurisdiction: 'taizhou',
  version: 1,
  hash,
  bundle: { jurisdiction: 'taizhou' },
  publishedAt: '2026-11-12T02:00:00.000Z',
  publishedBy: 'user_admin',
  note: null,
  rollbackOf: null,
});

/** 辖区 records: an id is created once, with its first version or not at all; archive is a save. */
export function describeJurisdictionConformance(open: OpenStore): void {
  void describe('jurisdiction records', () => {
    const store = freshStorePerTest(open);

    void it('creates a jurisdiction with its first version in one transaction and keeps its files verbatim', async () => {
      // when a jurisdiction is created together with version 1
      await store().transact([save(taizhou(), true), { kind: 'definition.publish', record: version1('h1') }]);
      // then both are there, the files exactly as written
      assert.deepEqual(await store().jurisdictions.get('taizhou'), taizhou());
      assert.equal((await store().definitions.latest('taizhou'))?.version, 1);
      // when it is archived (a save of the existing record)
      await store().transact([save(taizhou({ status: 'archived' }), false)]);
      assert.deepEqual(
        (await store().jurisdictions.list()).map((r) => [r.id, r.status]),
        [['taizhou', 'archived']],
      );
    });

    void it('refuses a second create of the same id and writes nothing of that batch', async () => {
      // given 台州 created
      await store().transact([save(taizhou(), true)]);
      // when another create claims the id together with another write
      await assert.rejects(
        store().transact([
          { kind: 'definition.publish', record: { ...version1('h2'), jurisdiction: 'other' } },
          save(taizhou({ files: {} }), true),
        ]),
        domainError('ConflictError', 'jurisdiction_exists'),
      );
      // then neither happened
      assert.equal(await store().definitions.latest('other'), null);
      assert.deepEqual((await store().jurisdictions.get('taizhou'))?.files, taizhou().files);
    });
  });
}
