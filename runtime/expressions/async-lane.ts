/**
 * The asynchronous lane: a pool of evaluation workers for rules and publish-time dry runs. Each
 * batch runs on one worker while a watchdog on this thread reads the worker's progress; an item
 * past its budget (or a worker out of heap) stops that worker, the item is reported as exceeded,
 * the rest of the batch goes on elsewhere, and the pool starts a replacement. One tenant holds at
 * most all workers but one, so its runaway rule cannot queue another tenant's work behind it.
 */
import type { ExpressionBudget } from './expression-budget.js';
import { ExpressionWorkerHandle } from './expression-worker-handle.js';
import type { BatchResponse, ExpressionItem, ItemOutcome } from './expression-protocol.js';

/** Items of one request still to evaluate (indices into the request), queued or on a worker. */
interface Run {
  tenant: string;
  items: ExpressionItem[];
  indices: number[];
  outcomes: (ItemOutcome | undefined)[];
  settle: () => void;
}

interface Busy {
  run: Run;
  id: number;
  sentAt: number;
  timer: NodeJS.Timeout;
}

export class AsyncLane {
  readonly #idle: ExpressionWorkerHandle[] = [];
  readonly #busy = new Map<ExpressionWorkerHandle, Busy>();
  readonly #starting = new Set<ExpressionWorkerHandle>();
  readonly #queue: Run[] = [];
  readonly #perTenant = new Map<string, number>();
  #nextId = 1;
  #closed = false;
  /** Workers that ended before they were ready, in a row: three mean evaluation is unavailable. */
  #bootFailures = 0;
  #waiters: (() => void)[] = [];

  constructor(private readonly budget: ExpressionBudget) {}

  evaluate(tenant: string, items: ExpressionItem[]): Promise<ItemOutcome[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      const outcomes: (ItemOutcome | undefined)[] = items.map(() => undefined);
      const indices = items.map((_, i) => i);
      this.#queue.push({
        tenant,
        items,
        indices,
        outcomes,
        settle: () => resolve(outcomes as ItemOutcome[]),
      });
      this.#dispatch();
    });
  }

  /** Starts the workers ahead of the first request. */
  warm(): void {
    while (this.#size() < this.budget.workers) this.#spawn();
  }

  /** Resolves once every worker has loaded (after `warm()`). */
  ready(): Promise<void> {
    this.warm();
    if (this.#starting.size === 0) return Promise.resolve();
    const ready = new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#holdProcess();
    return ready;
  }

  close(): void {
    this.#closed = true;
    for (const w of [...this.#idle, ...this.#busy.keys(), ...this.#starting]) w.stop();
  }

  #size(): number {
    return this.#idle.length + this.#busy.size + this.#starting.size;
  }

  #tenantCap(): number {
    return Math.max(1, this.budget.workers - 1);
  }

  #dispatch(): void {
    this.#drain();
    this.#holdProcess();
  }

  /** Workers keep the process alive only while work waits on them (they are unref'd when idle). */
  #holdProcess(): void {
    const waiting = this.#queue.length > 0 || this.#busy.size > 0 || this.#waiters.length > 0;
    for (const w of [...this.#idle, ...this.#busy.keys(), ...this.#starting]) {
      if (waiting) w.worker.ref();
      else w.worker.unref();
    }
  }

  #drain(): void {
    for (let i = 0; i < this.#queue.length && !this.#closed;) {
      const run = this.#queue[i] as Run;
      if ((this.#perTenant.get(run.tenant) ?? 0) >= this.#tenantCap()) {
        i++;
        continue;
      }
      const worker = this.#idle.pop();
      if (!worker) {
        if (this.#size() < this.budget.workers) this.#spawn();
        return;
      }
      this.#queue.splice(i, 1);
      this.#send(worker, run);
    }
  }

  #spawn(): void {
    const worker: ExpressionWorkerHandle = new ExpressionWorkerHandle(
      this.budget.memoryMb,
      false,
      (w) => this.#ended(w),
      (m) => this.#received(worker, m as BatchResponse | { ready: true }),
    );
    this.#starting.add(worker);
  }

  #received(worker: ExpressionWorkerHandle, m: BatchResponse | { ready: true }): void {
    if (!('ready' in m)) return this.#answered(worker, m);
    this.#bootFailures = 0;
    this.#starting.delete(worker);
    this.#idle.push(worker);
    if (this.#starting.size === 0) for (const resolve of this.#waiters.splice(0)) resolve();
    this.#dispatch();
  }

  #send(worker: ExpressionWorkerHandle, run: Run): void {
    const id = this.#nextId++;
    this.#perTenant.set(run.tenant, (this.#perTenant.get(run.tenant) ?? 0) + 1);
    worker.dispatched();
    const items = run.indices.map((i) => run.items[i] as ExpressionItem);
    worker.worker.postMessage({ id, tenant: run.tenant, items });
    const timer = setTimeout(() => this.#watch(worker), this.budget.timeMs);
    timer.unref();
    this.#busy.set(worker, { run, id, sentAt: Date.now(), timer });
  }

  #answered(worker: ExpressionWorkerHandle, response: BatchResponse): void {
    const busy = this.#release(worker);
    if (!busy || busy.id !== response.id) return;
    busy.run.indices.forEach((index, k) => (busy.run.outcomes[index] = response.outcomes[k]));
    busy.run.settle();
    this.#idle.push(worker);
    this.#dispatch();
  }

  /** The watchdog: stop the worker once its current item has run for the budget. */
  #watch(worker: ExpressionWorkerHandle): void {
    const busy = this.#busy.get(worker);
    if (!busy) return;
    const { item, startedAt } = worker.progress();
    const since = item < 0 ? busy.sentAt : startedAt;
    const left =
      item >= busy.run.indices.length ? this.budget.timeMs : since + this.budget.timeMs - Date.now();
    if (left > 0) {
      busy.timer = setTimeout(() => this.#watch(worker), left);
      busy.timer.unref();
      return;
    }
    worker.stop();
  }

  /** A worker ended (stopped by the watchdog, out of heap, crashed): its item exceeded, the rest goes on. */
  #ended(worker: ExpressionWorkerHandle): void {
    if (this.#starting.delete(worker) && ++this.#bootFailures >= 3) this.#failQueued();
    if (this.#starting.size === 0) for (const resolve of this.#waiters.splice(0)) resolve();
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
    const busy = this.#release(worker);
    if (busy) {
      const { run } = busy;
      const at = Math.max(0, Math.min(worker.progress().item, run.indices.length - 1));
      const exceeded = worker.exit === 'memory' ? 'memory' : 'time';
      run.outcomes[run.indices[at] as number] = {
        ok: false,
        exceeded,
        error: `expression exceeded its ${exceeded} budget`,
      };
      run.indices = run.indices.filter((_, k) => k !== at);
      if (run.indices.length === 0) run.settle();
      else this.#queue.push(run); // behind the others: a runaway batch does not jump the queue
    }
    if (this.#closed) return;
    if (this.#size() < this.budget.workers && (this.#queue.length > 0 || busy)) this.#spawn();
    this.#dispatch();
  }

  #failQueued(): void {
    for (const run of this.#queue.splice(0)) {
      for (const i of run.indices) run.outcomes[i] = { ok: false, error: 'expression workers cannot start' };
      run.settle();
    }
  }

  #release(worker: ExpressionWorkerHandle): Busy | undefined {
    const busy = this.#busy.get(worker);
    if (!busy) return undefined;
    clearTimeout(busy.timer);
    this.#busy.delete(worker);
    const n = (this.#perTenant.get(busy.run.tenant) ?? 1) - 1;
    if (n > 0) this.#perTenant.set(busy.run.tenant, n);
    else this.#perTenant.delete(busy.run.tenant);
    return busy;
  }
}
