import type Database from 'better-sqlite3';
import type { Mutation } from '../mutations.js';

interface Pending {
  mutations: readonly Mutation[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: batches that become ready in the same turn of the event loop (steps of different
 * instances in flight at once, a timer wave) share one SQLite transaction, so one WAL sync makes
 * them all durable. Each batch runs in its own savepoint — a failing batch rolls back alone and
 * only its caller sees the error — and every promise settles only after the shared COMMIT:
 * acknowledged still means durable, and each batch is still all or nothing.
 */
export class GroupCommit {
  #queue: Pending[] = [];
  #scheduled = false;
  readonly #group: Database.Transaction<(queue: Pending[]) => (unknown | null)[]>;

  /** `apply` writes one batch as a transaction of its own (a savepoint when nested). */
  constructor(db: Database.Database, apply: (mutations: readonly Mutation[]) => void) {
    this.#group = db.transaction((queue: Pending[]) =>
      queue.map((item) => {
        try {
          apply(item.mutations);
          return null;
        } catch (error) {
          return error ?? new Error('batch failed');
        }
      }),
    );
  }

  /** Settles once `mutations` are committed (or rejected, writing nothing). */
  commit(mutations: readonly Mutation[]): Promise<void> {
    if (mutations.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ mutations, resolve, reject });
      if (this.#scheduled) return;
      this.#scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  /** Commits what is queued now (also before the connection closes). */
  flush(): void {
    if (!this.#scheduled) return;
    this.#scheduled = false;
    const queue = this.#queue;
    this.#queue = [];
    let outcomes: (unknown | null)[];
    try {
      outcomes = this.#group.immediate(queue);
    } catch (error) {
      // BEGIN or COMMIT itself failed (busy, disk): nothing of the group is durable
      for (const item of queue) item.reject(error);
      return;
    }
    queue.forEach((item, i) => (outcomes[i] === null ? item.resolve() : item.reject(outcomes[i])));
  }
}
