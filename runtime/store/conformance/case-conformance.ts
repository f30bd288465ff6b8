import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aCase, anEvent } from './case-fixtures.js';
import { day, domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeCaseConformance(open: OpenStore): void {
  void describe('cases', () => {
    const store = freshStorePerTest(open);

    void it('returns an inserted case exactly as written, JSON data and nulls included', async () => {
      // given a case with nested data and null fields
      const record = aCase({
        instanceKey: null,
        requestClass: null,
        data: { a: { b: [1, 'x', null, true] } },
      });
      // when inserted
      await store().transact([{ kind: 'case.insert', record }]);
      // then it reads back identically
      assert.deepEqual(await store().cases.get('case-1'), record);
    });

    void it('ignores a replayed insert of an existing case id', async () => {
      // given a case ("inserts keyed by deterministic ids are idempotent")
      await store().transact([{ kind: 'case.insert', record: aCase() }]);
      // when the insert is replayed with other content
      await store().transact([{ kind: 'case.insert', record: aCase({ title: 'replayed' }) }]);
      // then the original is kept
      assert.equal((await store().cases.get('case-1'))?.title, aCase().title);
    });

    void it('updates only the patched fields, including setting them to null', async () => {
      // given an open case with a deadline
      await store().transact([{ kind: 'case.insert', record: aCase() }]);
      // when it is closed and its deadline cleared
      const patch = {
        status: 'closed' as const,
        closedAt: day(6),
        outcome: 'resolved',
        deadlineAt: null,
        data: { x: 1 },
      };
      await store().transact([{ kind: 'case.update', id: 'case-1', patch: { ...patch, updatedAt: day(6) } }]);
      // then those fields change and everything else stays
      assert.deepEqual(await store().cases.get('case-1'), { ...aCase(), ...patch, updatedAt: day(6) });
    });

    void it('throws NotFoundError when updating a case that does not exist', async () => {
      await assert.rejects(
        store().transact([{ kind: 'case.update', id: 'missing', patch: { title: 'x' } }]),
        domainError('NotFoundError', 'not_found'),
      );
      await assert.rejects(
        store().transact([{ kind: 'case.update', id: 'missing', patch: {} }]),
        domainError('NotFoundError', 'not_found'),
      );
    });

    void it('answers null for an unknown case id', async () => {
      assert.equal(await store().cases.get('nope'), null);
    });
  });

  /** slaPausedAt: "set while the SLA clock is stopped (补充材料, 退单审核); null while it runs." */
  void describe('SLA pause', () => {
    const store = freshStorePerTest(open);

    void it('keeps the pause time of an inserted case in get and list', async () => {
      // given a case inserted while its clock is stopped, and a running one
      const paused = aCase({ id: 'paused', slaPausedAt: day(3, 15, 30), createdAt: day(3) });
      const running = aCase({ id: 'running', slaPausedAt: null, createdAt: day(2) });
      await store().transact([
        { kind: 'case.insert', record: paused },
        { kind: 'case.insert', record: running },
      ]);
      // then get and list both show it
      assert.deepEqual(await store().cases.get('paused'), paused);
      assert.deepEqual((await store().cases.list({ jurisdiction: 'hz' })).items, [paused, running]);
    });

    void it('pauses and resumes the clock through case.update', async () => {
      // given a running case
      await store().transact([{ kind: 'case.insert', record: aCase() }]);
      // when the clock is stopped for 补充材料
      await store().transact([{ kind: 'case.update', id: 'case-1', patch: { slaPausedAt: day(4, 9) } }]);
      // then the pause time is stored and everything else stays
      assert.deepEqual(await store().cases.get('case-1'), aCase({ slaPausedAt: day(4, 9) }));
      // when it resumes with a moved deadline
      const resume = { slaPausedAt: null, deadlineAt: day(12) };
      await store().transact([{ kind: 'case.update', id: 'case-1', patch: resume }]);
      // then the pause is cleared in get and list
      assert.deepEqual(await store().cases.get('case-1'), aCase(resume));
      assert.deepEqual((await store().cases.list({ jurisdiction: 'hz' })).items, [aCase(resume)]);
    });
  });

  void describe('case events', () => {
    const store = freshStorePerTest(open);

    void it("lists one case's events oldest first, without other cases' events", async () => {
      // given events of two cases appended out of order
      const late = anEvent({ id: 'ev-3', at: day(4), type: 'closed' });
      const early = anEvent({ id: 'ev-1', at: day(2) });
      const middle = anEvent({ id: 'ev-2', at: day(3), type: 'accepted', data: { by: 'x' } });
      const other = anEvent({ id: 'ev-9', caseId: 'case-2', at: day(1) });
      await store().transact(
        [late, early, other, middle].map((record) => ({ kind: 'event.append' as const, record })),
      );
      // then
      assert.deepEqual(await store().events.listForCase('case-1'), [early, middle, late]);
      assert.deepEqual(await store().events.listForCase('case-2'), [other]);
      assert.deepEqual(await store().events.listForCase('none'), []);
    });

    void it('ignores a replayed event id', async () => {
      // given an event, when it is appended again
      await store().transact([{ kind: 'event.append', record: anEvent() }]);
      await store().transact([{ kind: 'event.append', record: anEvent({ type: 'changed' }) }]);
      // then the timeline holds it once, unchanged
      assert.deepEqual(await store().events.listForCase('case-1'), [anEvent()]);
    });
  });
}
