import type { AnyBulkWriteOperation, ClientSession, Collection, Db, UpdateFilter } from 'mongodb';
import mongoose from 'mongoose';
import type { StoredDoc } from './document-codec.js';

/**
 * One concrete, idempotent write: applying the same list twice, in order, leaves the same documents
 * as applying it once. Mutations are planned into these (see mutation-planner.ts); the write journal
 * stores them as they are, so a crash between journal and apply re-applies them safely.
 */
export type WriteOp =
  /** Insert unless a document with this `_id` exists (then nothing changes). */
  | { op: 'insert'; coll: string; doc: StoredDoc }
  /** Insert or replace the whole document. */
  | { op: 'put'; coll: string; doc: StoredDoc }
  /** `$set` fields of the document with this `_id`, if it exists. */
  | { op: 'set'; coll: string; id: string; fields: Record<string, unknown> }
  | { op: 'addToSet'; coll: string; id: string; field: string; value: string }
  | { op: 'delete'; coll: string; id: string }
  | { op: 'deleteWhere'; coll: string; filter: Record<string, string> }
  | { op: 'setWhere'; coll: string; filter: Record<string, string>; fields: Record<string, unknown> };

function toBulk(op: WriteOp): AnyBulkWriteOperation<StoredDoc> {
  switch (op.op) {
    case 'insert': {
      const { _id, ...rest } = op.doc;
      return { updateOne: { filter: { _id }, update: { $setOnInsert: rest }, upsert: true } };
    }
    case 'put':
      return { replaceOne: { filter: { _id: op.doc._id }, replacement: op.doc, upsert: true } };
    case 'set':
      return { updateOne: { filter: { _id: op.id }, update: { $set: op.fields } } };
    case 'addToSet':
      return { updateOne: { filter: { _id: op.id }, update: addToSet(op.field, op.value) } };
    case 'delete':
      return { deleteOne: { filter: { _id: op.id } } };
    case 'deleteWhere':
      return { deleteMany: { filter: op.filter } };
    case 'setWhere':
      return { updateMany: { filter: op.filter, update: { $set: op.fields } } };
  }
}

/**
 * How `insert` ops are written. `upsert` ($setOnInsert) is one statement that never fails, which a
 * transaction needs (a duplicate-key error aborts it). FerretDB v1 drops null and empty-array values
 * from `$setOnInsert`, so outside transactions inserts go as unordered `insertMany` and duplicate-key
 * errors (the document exists: an idempotent replay) are ignored.
 */
export type InsertStyle = 'upsert' | 'insert-ignore-duplicates';

/** Applies the ops in order; runs of ops on one collection go as one bulk write. */
export async function applyOps(
  db: Db,
  ops: readonly WriteOp[],
  session?: ClientSession,
  inserts: InsertStyle = session ? 'upsert' : 'insert-ignore-duplicates',
): Promise<void> {
  let i = 0;
  while (i < ops.length) {
    const coll = ops[i]!.coll;
    const plainInserts = inserts === 'insert-ignore-duplicates' && ops[i]!.op === 'insert';
    const run: WriteOp[] = [];
    while (i < ops.length && ops[i]!.coll === coll && (ops[i]!.op === 'insert') === plainInserts)
      run.push(ops[i++]!);
    const collection = db.collection<StoredDoc>(coll);
    if (plainInserts) await insertIgnoringDuplicates(collection, run);
    else await collection.bulkWrite(run.map(toBulk), { ordered: true, session });
  }
}

async function insertIgnoringDuplicates(collection: Collection<StoredDoc>, run: WriteOp[]): Promise<void> {
  const docs = run.flatMap((op) => (op.op === 'insert' ? [op.doc] : []));
  try {
    await collection.insertMany(docs, { ordered: false });
  } catch (error) {
    if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) throw error;
    const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    if (errors.length === 0 || errors.some((e) => e.code !== 11000)) throw error;
  }
}
function addToSet(field: string, value: string): UpdateFilter<StoredDoc> {
  const update: Record<string, Record<string, string>> = { $addToSet: { [field]: value } };
  return update as UpdateFilter<StoredDoc>;
}
