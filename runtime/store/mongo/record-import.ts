import type { AnyBulkWriteOperation, Db } from 'mongodb';
import { caseDocs, responseEventTypes } from './case-collections.js';
import { slaFlags, taskCase } from './case-planners.js';
import type { DocCodec, StoredDoc } from './document-codec.js';

const chunk = 500;

/**
 * Bulk loading of whole records (the SQLite -> MongoDB export): every record replaces the document
 * with its id, so loading the same source twice leaves the same documents (re-runnable). Derived
 * fields of cases and tasks are recomputed from the loaded documents by `rebuildDerived`.
 */
export class RecordImporter {
  constructor(private readonly db: Db) {}

  /** Insert or replace each record's document; `extra` adds stored-only fields (e.g. `_seq`). */
  async put<R>(
    codec: DocCodec<R>,
    records: readonly R[],
    extra?: (record: R) => Record<string, unknown>,
  ): Promise<void> {
    const collection = this.db.collection<StoredDoc>(codec.collection);
    for (let i = 0; i < records.length; i += chunk) {
      const ops: AnyBulkWriteOperation<StoredDoc>[] = records.slice(i, i + chunk).map((record) => {
        const doc = { ...codec.encode(record), ...(extra?.(record) ?? {}) };
        if (codec.collection === caseDocs.collection) Object.assign(doc, slaFlags(caseDocs.decode(doc)));
        return { replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } };
      });
      if (ops.length > 0) await collection.bulkWrite(ops, { ordered: true });
    }
  }

  /** Recompute `_eventTypes`, `_rating`, `_unit`, `_respondedAt` of every case and `_case` of every task. */
  async rebuildDerived(): Promise<void> {
    const types = new Map<string, string[]>();
    const groups = this.db
      .collection<StoredDoc>('case_events')
      .aggregate<{ _id: { caseId: string; type: string } }>([
        { $group: { _id: { caseId: '$caseId', type: '$type' } } },
      ]);
    for await (const { _id } of groups) types.set(_id.caseId, [...(types.get(_id.caseId) ?? []), _id.type]);
    // 响应: the first task.claimed / task.completed per case (FerretDB v1 has no $min accumulator)
    const responded = new Map<string, string>();
    const firsts = this.db
      .collection<StoredDoc>('case_events')
      .find({ type: { $in: [...responseEventTypes] } }, { projection: { caseId: 1, at: 1 } });
    for await (const doc of firsts) {
      const [caseId, at] = [String(doc['caseId']), String(doc['at'])];
      const seen = responded.get(caseId);
      if (seen === undefined || at < seen) responded.set(caseId, at);
    }
    const ratings = await this.lookup('ratings', 'caseId', 'level');
    const units = await this.lookup('case_units', 'caseId', 'orgUnitId');
    let caseOps: AnyBulkWriteOperation<StoredDoc>[] = [];
    let taskOps: AnyBulkWriteOperation<StoredDoc>[] = [];
    const flush = async () => {
      if (caseOps.length) await this.db.collection<StoredDoc>('cases').bulkWrite(caseOps, { ordered: false });
      if (taskOps.length) await this.db.collection<StoredDoc>('tasks').bulkWrite(taskOps, { ordered: false });
      caseOps = [];
      taskOps = [];
    };
    for await (const doc of this.db.collection<StoredDoc>('cases').find({}, { projection: { data: 0 } })) {
      const id = doc._id;
      const derived = {
        _eventTypes: (types.get(id) ?? []).sort(),
        _rating: ratings.get(id) ?? null,
        _unit: units.get(id) ?? null,
        _respondedAt: responded.get(id) ?? null,
      };
      caseOps.push({ updateOne: { filter: { _id: id }, update: { $set: derived } } });
      taskOps.push({ updateMany: { filter: { caseId: id }, update: { $set: { _case: taskCase(doc) } } } });
      if (caseOps.length >= chunk) await flush();
    }
    await flush();
  }

  private async lookup(coll: string, key: string, value: string): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    const docs = this.db.collection<StoredDoc>(coll).find({}, { projection: { [key]: 1, [value]: 1 } });
    for await (const doc of docs) map.set(String(doc[key]), String(doc[value]));
    return map;
  }
}
