// @ts-check
/**
 * An expression worker (a worker_thread with a small heap): evaluates batches of admin-written
 * expressions and reports which item it is on, so the platform can stop it when one exceeds its
 * budget. Protocol and shared slots: expression-protocol.ts. Plain JavaScript, see expression-eval.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateItem } from './expression-eval.mjs';

/** Same values as `slot` and `startedAtByte` in expression-protocol.ts. */
const slot = { done: 0, ready: 1, item: 2 };
const startedAtByte = 16;

const { shared, syncPort } = workerData;
const flags = new Int32Array(shared);
const startedAt = new Float64Array(shared, startedAtByte, 1);

async function run({ id, tenant, items }) {
  const outcomes = [];
  for (const [index, item] of items.entries()) {
    startedAt[0] = Date.now();
    Atomics.store(flags, slot.item, index);
    outcomes.push(await evaluateItem(tenant, item));
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

/** Compiles the parsers' and interpreters' hot paths before the first budgeted item. */
async function warmUp() {
  const input = { xs: [{ unit: 'a', n: 1 }], data: { kind: 'a' }, channel: 'web' };
  await evaluateItem('', {
    language: 'feel',
    expression: 'string join(for c in xs return c.unit + ":", ";") != null and count(xs) > 0',
    input,
  });
  await evaluateItem('', {
    language: 'feel',
    expression: 'if data.kind = "a" then [channel] else {k: channel}',
    input,
  });
  await evaluateItem('', {
    language: 'jsonata',
    expression: "data.kind = 'a' ? $count(xs[n > 0]) & channel : null",
    input,
  });
}

await warmUp();
Atomics.store(flags, slot.item, -1);
Atomics.store(flags, slot.ready, 1);
Atomics.notify(flags, slot.ready);
parentPort?.postMessage({ ready: true });
