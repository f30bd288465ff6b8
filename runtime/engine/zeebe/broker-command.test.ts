import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalJson,
  commandEntry,
  commandFromEntry,
  newCommand,
  outcomeUnknown,
} from './broker-command.js';

void describe('broker commands', () => {
  void it('round-trip through the outbox with their effects', () => {
    const command = newCommand({ command: 'completeJob', jobKey: '42', variables: { ok: true } }, [
      { kind: 'case.update', id: 'c1', patch: { tier: 'district' } },
    ]);
    const entry = commandEntry(command, '2026-03-09T02:00:00.000Z');
    assert.equal(entry.kind, 'outbox.add');
    if (entry.kind !== 'outbox.add') return;
    assert.equal(entry.record.topic, 'zeebe.command');
    assert.deepEqual(commandFromEntry(entry.record), command);
  });

  void it('tell a lost answer from a definite rejection by gRPC status', () => {
    for (const code of [1, 2, 4, 13, 14]) assert.equal(outcomeUnknown({ code }), true, `code ${code}`);
    for (const code of [3, 5, 8, 9]) assert.equal(outcomeUnknown({ code }), false, `code ${code}`);
    assert.equal(outcomeUnknown(new Error('socket hang up')), true);
  });

  void it('recognise the variables a start sent whatever the key order', () => {
    assert.equal(
      canonicalJson({ b: [1, { y: 2, x: '诉求' }], a: null }),
      canonicalJson({ a: null, b: [1, { x: '诉求', y: 2 }] }),
    );
    assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
  });
});
