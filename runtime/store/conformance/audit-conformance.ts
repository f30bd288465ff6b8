import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuditRecord } from '../audit.js';
import { aCase } from './case-fixtures.js';
import { assertPage, writesOf } from './list-fixture.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

function anEntry(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: 'aud-1',
    at: day(2, 9),
    jurisdiction: 'hz',
    actorId: 'user-1',
    actorName: '管理员',
    action: 'POST /jurisdictions/:j/definitions',
    method: 'POST',
    path: '/api/v1/jurisdictions/hz/definitions',
    target: 'hz',
    status: 201,
    requestId: 'req-1',
    before: { version: 1 },
    after: { version: 2, forms: ['intake'] },
    ...overrides,
  };
}

const append = writesOf('audit.append');

/** The audit log: append-only, newest first in append order, tenant-scoped queries, paged. */
export function describeAuditConformance(open: OpenStore): void {
  void describe('audit log', () => {
    const store = freshStorePerTest(open);
    const ids = async (q: Parameters<ReturnType<typeof store>['audit']['list']>[0]) =>
      (await store().audit.list(q)).items.map((e) => e.id);

    void it('reads entries back exactly as written, before/after included, newest first', async () => {
      // given two entries appended in order (the second with the same timestamp and no state)
      const first = anEntry();
      const second = anEntry({ id: 'aud-2', before: null, after: null, target: null, actorId: null });
      await store().transact(append([first]));
      await store().transact(append([second]));
      // then append order decides, not the id or timestamp
      const page = await store().audit.list({ jurisdiction: 'hz' });
      assert.deepEqual(page.items, [second, first]);
      assert.equal(page.total, 2);
    });

    void it('never rewrites an entry: a replayed append of an existing id writes nothing', async () => {
      await store().transact(append([anEntry()]));
      await store().transact(append([anEntry({ status: 500, after: { forged: true } })]));
      assert.deepEqual((await store().audit.list({})).items, [anEntry()]);
    });

    void it("keeps tenants apart and lists every tenant's entries without a jurisdiction filter", async () => {
      await store().transact(
        append([
          anEntry({ id: 'hz-1' }),
          anEntry({ id: 'bj-1', jurisdiction: 'bj' }),
          anEntry({ id: 'platform-1', jurisdiction: null }),
        ]),
      );
      assert.deepEqual(await ids({ jurisdiction: 'hz' }), ['hz-1']);
      assert.deepEqual(await ids({ jurisdiction: 'bj' }), ['bj-1']);
      assert.deepEqual(await ids({}), ['platform-1', 'bj-1', 'hz-1']);
    });

    void it('filters by actor, action and the half-open time window [from, to)', async () => {
      await store().transact(
        append([
          anEntry({ id: 'a', at: day(1) }),
          anEntry({ id: 'b', at: day(2), actorId: 'user-2' }),
          anEntry({ id: 'c', at: day(3), action: 'auth.login' }),
          anEntry({ id: 'd', at: day(4) }),
        ]),
      );
      assert.deepEqual(await ids({ actorId: 'user-2' }), ['b']);
      assert.deepEqual(await ids({ action: 'auth.login' }), ['c']);
      assert.deepEqual(await ids({ from: day(2), to: day(4) }), ['c', 'b']);
    });

    void it("lists one account's entries: made by it or acting on it (账号审计), within the tenant", async () => {
      await store().transact(
        append([
          anEntry({ id: 'by', actorId: 'user-9', target: 'hz' }),
          anEntry({ id: 'to', actorId: 'user-1', target: 'user-9' }),
          anEntry({ id: 'other', actorId: 'user-1', target: 'user-2' }),
          anEntry({ id: 'elsewhere', jurisdiction: 'bj', actorId: 'user-1', target: 'user-9' }),
        ]),
      );
      assert.deepEqual(await ids({ account: 'user-9', jurisdiction: 'hz' }), ['to', 'by']);
    });

    void it('pages with limit and offset while total counts every match', async () => {
      await store().transact(append([1, 2, 3, 4, 5].map((n) => anEntry({ id: `e${n}`, at: day(n) }))));
      const page = await store().audit.list({ jurisdiction: 'hz', limit: 2, offset: 1 });
      assertPage(page, ['e4', 'e3'], 5);
    });

    void it('is written atomically with the rest of its batch', async () => {
      // when a batch appends an entry and then updates a missing case
      const batch = [
        ...append([anEntry()]),
        { kind: 'case.update' as const, id: aCase().id, patch: { title: 'x' } },
      ];
      await assert.rejects(store().transact(batch), domainError('NotFoundError', 'not_found'));
      // then the entry was not written either
      assert.equal((await store().audit.list({})).total, 0);
    });
  });
}
