import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadlineText } from './deadline-text.js';

const beijing = 480;

describe('deadlineText: 办理期限 in exports, one form with the studio', () => {
  it('given a deadline at Beijing midnight, then it reads as the day before, with its weekday', () => {
    // 2026-12-16 00:00 Beijing = 2026-12-15 16:00 UTC: the last day allowed is Tuesday the 15th
    assert.equal(deadlineText('2026-12-15T16:00:00.000Z', beijing), '2026-12-15（周二）前');
  });

  it('given a deadline at another time of day, then the time is shown', () => {
    assert.equal(deadlineText('2026-12-15T09:30:00.000Z', beijing), '2026-12-15（周二） 17:30前');
  });

  it('given no deadline (or an unreadable one), then the cell stays empty', () => {
    assert.equal(deadlineText(null, beijing), '');
    assert.equal(deadlineText('not a date', beijing), '');
  });
});
