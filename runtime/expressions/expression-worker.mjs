// @ts-check
/**
 * An expression worker (a worker_thread): takes batches of admin-written expressions, hands each
 * item to its host process (expression-host.mjs, heap capped at the budget's memoryMb) and reports
 * which item it is on, so the platform can stop it when one exceeds its time budget. When the
 * host dies (its heap ran out), the worker marks `memory`, raises `done` = 2 and ends; the
 * platform reports the item as past the memory budget and carries on with fresh workers.
 * Protocol and shared slots: expression-protocol.ts. Plain JavaScript, see expression-eval.mjs.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

/** Same values as `slot` and `startedAtByte` in expression-protocol.ts. */
const slot = { done: 0, ready: 1, item: 2, pid: 3, memory: 6 };
const startedAtByte = 16;

const { shared, syncPort, memoryMb } = workerData;
const flags = new Int32Array(shared);
const startedAt = new Float64Array(shared, startedAtByte, 1);

const host = fork(fileURLToPath(new URL('./expression-host.mjs', import.meta.url)), [], {
  execArgv: [`--max-old-space-size=${memoryMb}`],
  // the platform's own NODE_OPTIONS (a loader, a larger heap) must not reach the host
  env: { ...process.env, NODE_OPTIONS: '' },
  stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
});
Atomics.store(flags, slot.pid, host.pid ?? 0);

/** @type {((outcome: unknown) => void) | null} */
let pending = null;
/** @type {() => void} */
let loaded = () => undefined;
const ready = new Promise((resolve) => (loaded = () => resolve(undefined)));

host.on('message', (/** @type {{ ready?: true }} */ m) => {
  if (m && m.ready === true) return loaded();
  const answer = pending;
  pending = null;
  answer?.(m);
});

// a host that ends on its own ran out of heap (V8 aborts); the worker ends with it
host.on('exit', () => {
  Atomics.store(flags, slot.memory, 1);
  Atomics.store(flags, slot.done, 2);
  Atomics.notify(flags, slot.done);
  process.exit(1);
});

/** @param {string} tenant @param {unknown} item */
function evaluate(tenant, item) {
  return new Promise((resolve) => {
    pending = resolve;
    host.send({ tenant, item });
  });
}

async function run({ id, tenant, items }) {
  const outcomes = [];
  for (const [index, item] of items.entries()) {
    startedAt[0] = Date.now();
    Atomics.store(flags, slot.item, index);
    outcomes.push(await evaluate(tenant, item));
  }
  Atomics.store(flags, slot.item, items.length);
  return { id, outcomes };
}

parentPort?.on('message', (request) => {
  void run(request).then((response) => {
    if (!syncPort) return parentPort?.postMessage(response);
    syncPort.postMessage(response);
    Atomics.store(flags, slot.done, 1);
    Atomics.notify(flags, slot.done);
  });
});

await ready;
Atomics.store(flags, slot.item, -1);
Atomics.store(flags, slot.ready, 1);
Atomics.notify(flags, slot.ready);
parentPort?.postMessage({ ready: true });
