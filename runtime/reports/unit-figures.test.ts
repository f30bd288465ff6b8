import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyUnitKpi } from '../store/unit-kpi.js';
import { unitFigures } from './unit-figures.js';

describe('unit figures', () => {
  it('gives 二次交办率 over the cases received, so a reopened case still open counts', () => {
    // given a month with 4 cases received, one of them reopened and open again, none closed
    const kpi = { ...emptyUnitKpi('unit-a'), received: 4, open: 4, reopened: 1 };
    // then the rate is 1 of 4, not "—" for want of closed cases
    const figures = unitFigures(kpi, '承办部门', new Set(['satisfied']));
    assert.equal(figures.reopened, 1);
    assert.equal(figures.reopenRate, 0.25);
    // and a month with nothing received has no rate
    assert.equal(unitFigures(emptyUnitKpi('unit-a'), '承办部门', new Set()).reopenRate, null);
  });
});
