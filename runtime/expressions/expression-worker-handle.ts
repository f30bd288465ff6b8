/**
 * One evaluation worker: a worker_thread running expression-worker.mjs, which evaluates in its own
 * host process with a capped heap; the shared progress slots; and a hard stop (the host killed,
 * the worker terminated).
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { sharedBytes, slot, startedAtByte, type WorkerData } from './expression-protocol.js';

const entry = new URL('./expression-worker.mjs', import.meta.url);

/** Host processes alive now: killed when the platform's process ends, even mid-runaway. */
const hosts = new Set<number>();
process.once('exit', () => {
  for (const pid of hosts) kill(pid);
});

function kill(pid: number): void {
  if (pid <= 0) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  hosts.delete(pid);
}

export class ExpressionWorkerHandle {
  readonly worker: Worker;
  readonly flags: Int32Array;
  readonly #startedAt: Float64Array;
  /** The main thread's end of the synchronous answer port (synchronous lane only). */
  readonly syncPort: MessagePort | null;
  #exit: 'memory' | 'stopped' | null = null;

  constructor(
    memoryMb: number,
    sync: boolean,
    onExit: (handle: ExpressionWorkerHandle) => void,
    onMessage?: (message: unknown) => void,
  ) {
    const shared = new SharedArrayBuffer(sharedBytes);
    this.flags = new Int32Array(shared);
    this.#startedAt = new Float64Array(shared, startedAtByte, 1);
    const channel = sync ? new MessageChannel() : null;
    this.syncPort = channel?.port1 ?? null;
    const workerData: WorkerData = channel
      ? { shared, memoryMb, syncPort: channel.port2 }
      : { shared, memoryMb };
    this.worker = new Worker(entry, { workerData, transferList: channel ? [channel.port2] : [] });
    if (onMessage)
      this.worker.on('message', (m: unknown) => {
        if (m !== null && typeof m === 'object' && 'ready' in m) hosts.add(this.#pid());
        if (this.#exit === null) onMessage(m);
      });
    // after the listeners: adding a 'message' listener refs the worker again
    this.worker.on('error', () => {
      this.#exit ??= 'stopped';
    });
    this.worker.on('exit', () => {
      this.#exit ??= Atomics.load(this.flags, slot.memory) === 1 ? 'memory' : 'stopped';
      kill(this.#pid());
      this.syncPort?.close();
      onExit(this);
    });
    this.worker.unref();
  }

  get ready(): boolean {
    const ready = Atomics.load(this.flags, slot.ready) === 1;
    if (ready) hosts.add(this.#pid());
    return ready;
  }

  #pid(): number {
    return Atomics.load(this.flags, slot.pid);
  }

  /** Why the worker ended (null while it runs): its host's heap ran out, or it was stopped or crashed. */
  get exit(): 'memory' | 'stopped' | null {
    return this.#exit;
  }

  /** Blocks the calling thread until the worker has loaded, at most `timeoutMs`. */
  waitReady(timeoutMs: number): boolean {
    if (!this.ready) Atomics.wait(this.flags, slot.ready, 0, timeoutMs);
    return this.ready;
  }

  /** Marks a batch as sent and not started yet. */
  dispatched(): void {
    Atomics.store(this.flags, slot.item, -1);
    Atomics.store(this.flags, slot.done, 0);
  }

  /** The item being evaluated (-1: not started; the batch's length: finished) and since when. */
  progress(): { item: number; startedAt: number } {
    const item = Atomics.load(this.flags, slot.item);
    return { item, startedAt: this.#startedAt[0] ?? 0 };
  }

  /** The hard stop: the worker's isolate ends wherever it is (a loop, a regular expression). */
  stop(): void {
    this.#exit ??= 'stopped';
    kill(this.#pid());
    void this.worker.terminate().catch(() => undefined);
  }
}
