/**
 * The synchronous lane: FEEL the embedded engine evaluates inside a step (bpmn-engine asks for a
 * value synchronously). The calling thread sends the item to a dedicated worker and blocks in
 * `Atomics.wait` for at most the budget; past it (or when the worker's host process died of its
 * heap limit) the worker is stopped, a warm standby takes its place and a new standby starts. The caller is delayed by at most the budget, never hung.
 */
import { receiveMessageOnPort } from 'node:worker_threads';
import type { ExpressionBudget } from './expression-budget.js';
import { ExpressionWorkerHandle } from './expression-worker-handle.js';
import { slot, type BatchResponse, type ExpressionItem, type ItemOutcome } from './expression-protocol.js';

/** How long a call may wait for a worker that is still loading (not counted in the budget). */
const bootTimeoutMs = 10_000;

export class SyncLane {
  #active: ExpressionWorkerHandle | null = null;
  #standby: ExpressionWorkerHandle | null = null;
  #nextId = 1;

  constructor(private readonly budget: ExpressionBudget) {}

  /** Starts the active worker and its standby without waiting for them. */
  warm(): void {
    this.#active ??= this.#spawn();
    this.#standby ??= this.#spawn();
  }

  evaluate(tenant: string, item: ExpressionItem): ItemOutcome {
    this.warm();
    const worker = this.#active as ExpressionWorkerHandle;
    if (!worker.waitReady(bootTimeoutMs)) throw new Error('expression worker did not start');
    const id = this.#nextId++;
    worker.dispatched();
    worker.worker.postMessage({ id, tenant, items: [item] });
    this.#await(worker);
    const done = Atomics.load(worker.flags, slot.done);
    const answer = done === 1 && worker.syncPort;
    const message = answer ? (receiveMessageOnPort(answer)?.message as BatchResponse | undefined) : undefined;
    if (message?.id === id && message.outcomes[0]) return message.outcomes[0];
    this.#replace(worker);
    // done = 2: the host died of its heap limit (expression-worker.mjs)
    const exceeded = done === 2 ? 'memory' : 'time';
    return { ok: false, exceeded, error: `expression exceeded its ${exceeded} budget` };
  }

  /**
   * Waits for the answer: the budget counts from when the worker started the item (a worker that
   * has not been scheduled yet is waited for, at most the boot timeout).
   */
  #await(worker: ExpressionWorkerHandle): void {
    const sentAt = Date.now();
    for (;;) {
      const { item, startedAt } = worker.progress();
      const left =
        item < 0
          ? Math.min(this.budget.timeMs, sentAt + bootTimeoutMs - Date.now())
          : startedAt + this.budget.timeMs - Date.now();
      if (left <= 0 || Atomics.wait(worker.flags, slot.done, 0, left) !== 'timed-out') return;
    }
  }

  close(): void {
    this.#active?.stop();
    this.#standby?.stop();
    this.#active = this.#standby = null;
  }

  #spawn(): ExpressionWorkerHandle {
    return new ExpressionWorkerHandle(this.budget.memoryMb, true, (h) => this.#replace(h));
  }

  /** A stopped or dead worker leaves; the standby (if any) becomes active; a new standby starts. */
  #replace(worker: ExpressionWorkerHandle): void {
    if (worker !== this.#active && worker !== this.#standby) return;
    worker.stop();
    if (worker === this.#active) {
      this.#active = this.#standby;
      this.#standby = null;
    } else this.#standby = null;
    this.warm();
  }
}
