import { NotFoundError } from '../../common/errors.js';
import type { Mutation, MutationKind } from '../mutations.js';
import type { DocCodec, StoredDoc } from './document-codec.js';
import type { StagedView } from './staged-view.js';
import type { WriteOp } from './write-ops.js';

/** One planner per mutation kind: validates against the staged view and adds write ops. */
export type MutationPlanners = {
  [K in MutationKind]: (mutation: Extract<Mutation, { kind: K }>, plan: PlanContext) => Promise<void>;
};

let lastSeq = 0;
/** Strictly increasing within the process, roughly time-ordered across processes (append order). */
export function nextSequence(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000);
  return lastSeq;
}

/** The ops of one batch being planned, and the staged view they produce. */
export class PlanContext {
  readonly ops: WriteOp[] = [];

  constructor(readonly view: StagedView) {}

  push(op: WriteOp): void {
    this.ops.push(op);
  }

  /** Insert unless the id exists (idempotent replay); returns false when it existed. */
  async insert<R>(codec: DocCodec<R>, record: R, derived: Record<string, unknown> = {}): Promise<boolean> {
    const doc = { ...codec.encode(record), ...derived };
    if (await this.view.get(codec.collection, doc._id)) return false;
    this.push({ op: 'insert', coll: codec.collection, doc });
    this.view.stage(codec.collection, doc._id, doc);
    return true;
  }

  /** Insert or replace the record's document. */
  put<R>(codec: DocCodec<R>, record: R): void {
    const doc = codec.encode(record);
    this.push({ op: 'put', coll: codec.collection, doc });
    this.view.stage(codec.collection, doc._id, doc);
  }

  delete(coll: string, id: string): void {
    this.push({ op: 'delete', coll, id });
    this.view.stage(coll, id, null);
  }

  /**
   * `$set` the patch's allowed fields (undefined ones skipped) plus derived fields on an existing
   * document; NotFoundError (nothing written) when there is none. Returns the updated document.
   */
  async update<R>(
    codec: DocCodec<R>,
    id: string,
    patch: NoInfer<Partial<R>>,
    patchable: readonly NoInfer<keyof R & string>[],
    noun: string,
    derive?: (record: R) => Record<string, unknown>,
  ): Promise<StoredDoc> {
    const current = await this.view.get(codec.collection, id);
    if (!current) throw new NotFoundError(`${noun} ${id} not found`, [{ path: '/id', reason: 'not_found' }]);
    const allowed: Partial<R> = {};
    for (const field of patchable) if (patch[field] !== undefined) allowed[field] = patch[field];
    const merged: StoredDoc = { ...current, ...codec.encodeFields(allowed) };
    const derived = derive ? derive(codec.decode(merged)) : {};
    Object.assign(merged, derived);
    const fields = { ...codec.encodeFields(allowed), ...derived };
    if (Object.keys(fields).length > 0) this.push({ op: 'set', coll: codec.collection, id, fields });
    this.view.stage(codec.collection, id, merged);
    return merged;
  }

  /** `$set` derived fields on a document that may not exist (then nothing happens). */
  async setIfExists(coll: string, id: string, fields: Record<string, unknown>): Promise<void> {
    this.push({ op: 'set', coll, id, fields });
    const current = await this.view.get(coll, id);
    if (current) this.view.stage(coll, id, { ...current, ...fields });
  }
}
