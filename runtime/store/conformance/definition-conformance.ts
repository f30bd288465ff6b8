import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aDefinition, aProcess } from './case-fixtures.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeDefinitionConformance(open: OpenStore): void {
  void describe('definitions', () => {
    const store = freshStorePerTest(open);

    void it('returns a published version as written, and the highest version as latest', async () => {
      // given two published versions of one jurisdiction
      const v1 = aDefinition();
      const v2 = aDefinition({
        version: 2,
        hash: 'hash-v2',
        bundle: { mechanism: { name: 'v2' } },
        publishedAt: day(3),
      });
      await store().transact([
        { kind: 'definition.publish', record: v2 },
        { kind: 'definition.publish', record: v1 },
      ]);
      // then get returns each unchanged and latest is version 2
      assert.deepEqual(await store().definitions.get('hz', 1), v1);
      assert.deepEqual(await store().definitions.get('hz', 2), v2);
      assert.deepEqual(await store().definitions.latest('hz'), v2);
      assert.equal(await store().definitions.latestVersion('hz'), 2);
    });

    void it('lists versions oldest first without bundles, and the jurisdictions that have any', async () => {
      // given versions in two jurisdictions
      await store().transact([
        { kind: 'definition.publish', record: aDefinition({ version: 2, hash: 'h2' }) },
        { kind: 'definition.publish', record: aDefinition({ version: 1, hash: 'h1' }) },
        { kind: 'definition.publish', record: aDefinition({ jurisdiction: 'bj', version: 1 }) },
      ]);
      // when listing
      const versions = await store().definitions.listVersions('hz');
      // then the metadata comes back in version order, with no bundle
      assert.deepEqual(
        versions.map((v) => [v.version, v.hash, v.publishedBy]),
        [
          [1, 'h1', 'admin'],
          [2, 'h2', 'admin'],
        ],
      );
      assert.ok(versions.every((v) => !('bundle' in v)));
      assert.deepEqual(await store().definitions.jurisdictions(), ['bj', 'hz']);
    });

    void it('treats re-publishing identical content as a no-op, other content under a taken version as a conflict', async () => {
      // given version 1 published ("published versions are immutable")
      await store().transact([{ kind: 'definition.publish', record: aDefinition() }]);
      // when the same content is published again, nothing changes
      await store().transact([{ kind: 'definition.publish', record: aDefinition({ publishedAt: day(9) }) }]);
      assert.equal((await store().definitions.get('hz', 1))?.publishedAt, day(1));
      // then different content under version 1 is rejected
      const other = aDefinition({ hash: 'other', bundle: { changed: true } });
      await assert.rejects(
        store().transact([{ kind: 'definition.publish', record: other }]),
        domainError('ConflictError', 'version_exists'),
      );
      assert.equal((await store().definitions.get('hz', 1))?.hash, 'hash-v1');
    });

    void it('keeps the change note and the rolled-back version with the version, also in the list', async () => {
      // given version 2 publishing version 1 again, with a note
      const v2 = aDefinition({ version: 2, hash: 'h2', note: '恢复专业类时限', rollbackOf: 1 });
      await store().transact([
        { kind: 'definition.publish', record: aDefinition() },
        { kind: 'definition.publish', record: v2 },
      ]);
      // then both come back as written
      assert.deepEqual(await store().definitions.get('hz', 2), v2);
      const listed = await store().definitions.listVersions('hz');
      assert.deepEqual(
        listed.map((v) => [v.version, v.note, v.rollbackOf]),
        [
          [1, null, null],
          [2, '恢复专业类时限', 1],
        ],
      );
    });

    void it('answers null and empty lists for an unknown jurisdiction', async () => {
      assert.equal(await store().definitions.latest('nowhere'), null);
      assert.equal(await store().definitions.latestVersion('nowhere'), null);
      assert.equal(await store().definitions.get('nowhere', 1), null);
      assert.deepEqual(await store().definitions.listVersions('nowhere'), []);
      assert.deepEqual(await store().definitions.jurisdictions(), []);
    });
  });

  void describe('processes', () => {
    const store = freshStorePerTest(open);

    void it('finds a deployment by key, the latest by process id, and one by content hash', async () => {
      // given two versions of one BPMN process
      const p1 = aProcess();
      const p2 = aProcess({
        processKey: 'proc-2',
        version: 2,
        hash: 'xml-hash-2',
        xml: '<definitions id="d2"/>',
      });
      await store().transact([
        { kind: 'process.deploy', record: p1 },
        { kind: 'process.deploy', record: p2 },
      ]);
      // then
      assert.deepEqual(await store().processes.get('proc-1'), p1);
      assert.deepEqual(await store().processes.latest('enterprise-request'), p2);
      assert.deepEqual(await store().processes.byHash('enterprise-request', 'xml-hash-1'), p1);
      assert.equal(await store().processes.byHash('enterprise-request', 'unknown'), null);
    });

    void it('keeps the first deployment when a process key is deployed again', async () => {
      // given a deployment, when the same key is deployed again with other content
      await store().transact([{ kind: 'process.deploy', record: aProcess() }]);
      await store().transact([{ kind: 'process.deploy', record: aProcess({ xml: '<changed/>' }) }]);
      // then the original stays
      assert.equal((await store().processes.get('proc-1'))?.xml, '<definitions id="d1"/>');
    });

    void it('answers null for unknown keys and process ids', async () => {
      assert.equal(await store().processes.get('nope'), null);
      assert.equal(await store().processes.latest('nope'), null);
    });
  });
}
