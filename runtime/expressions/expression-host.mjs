// @ts-check
/**
 * The expression host: a child process with a capped heap (`--max-old-space-size`, set by the
 * worker that forks it) that evaluates admin-written expressions one at a time. It is a process,
 * not a thread, because a single allocation past a thread's `resourceLimits` (a JSONata range of
 * ten million numbers, one huge string) ends V8 fatally — the whole process with it. Here such an
 * expression ends only this host; its worker (expression-worker.mjs) reports it as past the
 * memory budget. Plain JavaScript, see expression-eval.mjs.
 */
import { evaluateItem, maxResultChars } from './expression-eval.mjs';

/** @param {unknown} message */
function send(message) {
  process.send?.(message);
}

// the worker went away (stopped by the platform, or the platform itself ended): so does the host
process.on('disconnect', () => process.exit(0));

process.on(
  'message',
  (/** @type {{ tenant: string, item: import('./expression-protocol.js').ExpressionItem }} */ m) => {
    void evaluateItem(m.tenant, m.item).then((outcome) => {
      const text = JSON.stringify(outcome);
      // the value is capped already; an error message is not (a thrown, interpolated giant string)
      send(
        text.length > maxResultChars + 1000
          ? { ok: false, error: `result larger than ${maxResultChars} characters` }
          : outcome,
      );
    });
  },
);

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
send({ ready: true });
