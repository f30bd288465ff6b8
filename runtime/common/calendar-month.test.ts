import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMonth, monthStart, shiftMonth } from './calendar-month.js';

describe('calendar months (YYYY-MM)', () => {
  it('accepts only well-formed months', () => {
    assert.equal(isMonth('2026-03'), true);
    for (const bad of ['2026-3', '2026-13', '2026-00', '202603', 202603, null])
      assert.equal(isMonth(bad), false);
  });

  it('steps across year ends both ways', () => {
    assert.equal(shiftMonth('2026-01', -1), '2025-12');
    assert.equal(shiftMonth('2025-12', 1), '2026-01');
    assert.equal(shiftMonth('2026-03', -12), '2025-03');
  });

  it('begins a month at local midnight (Beijing: 16:00 UTC the day before)', () => {
    assert.equal(monthStart('2026-04', 480).toISOString(), '2026-03-31T16:00:00.000Z');
  });
});
