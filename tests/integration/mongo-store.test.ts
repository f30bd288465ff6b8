// The Store conformance suite against MongoStore on a real server (FerretDB v1 in CI:
// scripts/ci/ferretdb-conformance.sh). Runs only when MONGO_URL is set; each test gets its own database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import mongoose from 'mongoose';
import { aCase, anEvent } from '../../runtime/store/conformance/case-fixtures.js';
import { describeStoreConformance } from '../../runtime/store/conformance/store-conformance.js';
import { MongoStore } from '../../runtime/store/mongo/mongo-store.js';
import { planMutations } from '../../runtime/store/mongo/mutation-planner.js';
import { StagedView } from '../../runtime/store/mongo/staged-view.js';
import { journalCollection } from '../../runtime/store/mongo/write-journal.js';
import { applyOps } from '../../runtime/store/mongo/write-ops.js';
import { skippedSuite, unconfigured } from '../fixtures/skipped-suite.js';

const url = process.env['MONGO_URL'];
let counter = 0;
const freshDbName = () => `conformance_${process.pid}_${++counter}`;

if (!url) {
  skippedSuite('MongoStore', 'needs a MongoDB-compatible server', unconfigured.mongo);
} else {
  describeStoreConformance('mongo', async () => {
    const store = await MongoStore.open({ url, dbName: freshDbName() });
    return {
      store,
      cleanup: async () => {
        await store.dropDatabase();
        await store.close();
      },
    };
  });

  void describe('MongoStore write journal', () => {
    void it('re-applies a batch committed to the journal but never applied (crash after the commit point)', async () => {
      // given a case, and a journal entry for its event as a process killed after the commit point leaves it
      const dbName = freshDbName();
      const store = await MongoStore.open({ url, dbName, transactions: 'journal' });
      await store.transact([{ kind: 'case.insert', record: aCase() }]);
      await store.close();
      const connection = await mongoose.createConnection(url, { dbName }).asPromise();
      const db = connection.db!;
      const ops = await planMutations([{ kind: 'event.append', record: anEvent() }], new StagedView(db));
      await db
        .collection<{ _id: string }>(journalCollection)
        .insertOne({ _id: '1', at: anEvent().at, ops } as never);
      // when the store is opened again
      const reopened = await MongoStore.open({ url, dbName, transactions: 'journal' });
      // then the event is there once, the case knows its type, and the journal is empty
      assert.deepEqual(await reopened.events.listForCase('case-1'), [anEvent()]);
      assert.equal(
        (await reopened.cases.list({ jurisdiction: 'hz', withEventType: anEvent().type })).total,
        1,
      );
      assert.equal(await db.collection(journalCollection).countDocuments(), 0);
      // and applying the same ops again (a crash during the replay) duplicates nothing
      await applyOps(db, ops);
      assert.equal((await reopened.events.listForCase('case-1')).length, 1);
      await reopened.dropDatabase();
      await reopened.close();
      await connection.close();
    });

    void it('picks transactions on a replica set or mongos and the journal elsewhere (FerretDB v1)', async () => {
      const store = await MongoStore.open({ url, dbName: freshDbName() });
      const connection = await mongoose.createConnection(url).asPromise();
      const hello = await connection.db!.admin().command({ hello: 1 });
      const replicated = typeof hello['setName'] === 'string' || hello['msg'] === 'isdbgrid';
      assert.equal(store.usesTransactions, replicated);
      await connection.close();
      await store.dropDatabase();
      await store.close();
    });
  });
}
