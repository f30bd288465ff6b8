import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from './clock.js';

test('a manual clock moves only when told to', () => {
  const clock = new ManualClock('2026-01-05T01:00:00Z');
  assert.equal(clock.now().toISOString(), '2026-01-05T01:00:00.000Z');
  clock.advance(60_000);
  assert.equal(clock.now().toISOString(), '2026-01-05T01:01:00.000Z');
});
