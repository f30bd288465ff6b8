import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aRating, anEvent } from './case-fixtures.js';
import { domainError, freshStorePerTest, type OpenStore } from './store-fixture.js';

export function describeRatingConformance(open: OpenStore): void {
  void describe('ratings', () => {
    const store = freshStorePerTest(open);

    void it("returns a case's rating as written, stars and the auto flag included", async () => {
      // given an automatic rating and a manual one on two cases
      const manual = aRating();
      const automatic = aRating({ id: 'rating-2', caseId: 'case-2', auto: true, comment: null, stars: {} });
      await store().transact([
        { kind: 'rating.insert', record: manual },
        { kind: 'rating.insert', record: automatic },
      ]);
      // then
      assert.deepEqual(await store().ratings.forCase('case-1'), manual);
      assert.deepEqual(await store().ratings.forCase('case-2'), automatic);
      assert.equal(await store().ratings.forCase('case-3'), null);
    });

    void it('ignores a replayed rating with the same id', async () => {
      // given a rating, when the same id is inserted again
      await store().transact([{ kind: 'rating.insert', record: aRating() }]);
      await store().transact([{ kind: 'rating.insert', record: aRating({ level: 'unsatisfied' }) }]);
      // then the first stands
      assert.equal((await store().ratings.forCase('case-1'))?.level, 'satisfied');
    });

    void it('rejects a second rating of an already rated case and writes nothing from that batch', async () => {
      // given a rated case ("one rating per case")
      await store().transact([{ kind: 'rating.insert', record: aRating() }]);
      // when another rating id arrives for it, together with an event
      const batch = [
        { kind: 'event.append' as const, record: anEvent({ id: 'ev-rated-again' }) },
        { kind: 'rating.insert' as const, record: aRating({ id: 'rating-9', level: 'unsatisfied' }) },
      ];
      // then the batch fails with already_rated and the event was not written
      await assert.rejects(store().transact(batch), domainError('ConflictError', 'already_rated'));
      assert.equal((await store().ratings.forCase('case-1'))?.id, 'rating-1');
      assert.deepEqual(await store().events.listForCase('case-1'), []);
    });

    void it("a later round's rating (after 重办 / 二次交办) replaces the case's rating; an earlier round conflicts", async () => {
      // given a first-round rating that did not close the case
      await store().transact([{ kind: 'rating.insert', record: aRating({ level: 'unsatisfied' }) }]);
      // when the reopened case is rated again in round 1
      const second = aRating({ id: 'rating-1-r1', level: 'satisfied', round: 1 });
      await store().transact([{ kind: 'rating.insert', record: second }]);
      // then the case's rating is the round-1 one, and a late round-0 rating is refused
      assert.deepEqual(await store().ratings.forCase('case-1'), second);
      await assert.rejects(
        store().transact([{ kind: 'rating.insert', record: aRating({ id: 'rating-1-late' }) }]),
        domainError('ConflictError', 'already_rated'),
      );
      assert.equal((await store().ratings.forCase('case-1'))?.id, 'rating-1-r1');
    });
  });
}
