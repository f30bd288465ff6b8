import type { Db } from 'mongodb';
import { nextSequence } from './plan-context.js';
import { applyOps, type WriteOp } from './write-ops.js';

export const journalCollection = 'store_write_journal';

interface JournalEntry {
  _id: string;
  at: string;
  ops: WriteOp[];
}

/**
 * Atomicity without multi-document transactions (FerretDB v1, standalone MongoDB): a batch's planned
 * ops are first written as ONE journal document — a single-document insert, atomic on every server —
 * which is the commit point; then they are applied in order and the entry is deleted. A crash (or a
 * lost connection) after the journal insert leaves the entry, and `replay()` (run on open and before
 * the next batch) re-applies it; every op is idempotent, so nothing acknowledged is lost and nothing
 * is written twice.
 */
export class WriteJournal {
  /** Set when an apply failed after its commit point: replay before the next batch. */
  private dirty = true;

  constructor(private readonly db: Db) {}

  private get entries() {
    return this.db.collection<JournalEntry>(journalCollection);
  }

  async commit(ops: WriteOp[]): Promise<void> {
    if (this.dirty) await this.replay();
    if (ops.length === 0) return;
    const entry: JournalEntry = {
      _id: String(nextSequence()).padStart(20, '0'),
      at: new Date().toISOString(),
      ops,
    };
    await this.entries.insertOne(entry);
    this.dirty = true;
    await applyOps(this.db, ops);
    await this.entries.deleteOne({ _id: entry._id });
    this.dirty = false;
  }

  /** Re-applies every committed but unfinished entry, oldest first. Returns how many there were. */
  async replay(): Promise<number> {
    const pending = await this.entries.find({}).sort({ _id: 1 }).toArray();
    for (const entry of pending) {
      await applyOps(this.db, entry.ops);
      await this.entries.deleteOne({ _id: entry._id });
    }
    this.dirty = false;
    return pending.length;
  }
}
