import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Mechanism, RatingLevel } from './mechanism.js';
import { levelsWithStanding, ratingStanding } from './rating-scale.js';

const mechanismOf = (jurisdiction: string) =>
  JSON.parse(readFileSync(`definitions/${jurisdiction}/mechanism.json`, 'utf8')) as Mechanism;

describe('rating scale: what each level counts as', () => {
  it('嘉兴经开区 一般 counts neither towards 满意率 nor as a 不满意件', () => {
    // given 第十三条's scale 满意 / 一般 / 不满意, every level closing the case
    const etdz = mechanismOf('jiaxing-etdz');
    // then 满意率 counts 满意 only and the 不满意件 list holds 不满意 only
    assert.deepEqual(levelsWithStanding(etdz, 'satisfied'), ['satisfied']);
    assert.deepEqual(levelsWithStanding(etdz, 'neutral'), ['fair']);
    assert.deepEqual(levelsWithStanding(etdz, 'unsatisfied'), ['unsatisfied']);
  });

  it('苏州: the three levels that close the case count as 满意, the two that reopen it as 不满意件', () => {
    const suzhou = mechanismOf('suzhou');
    assert.deepEqual(levelsWithStanding(suzhou, 'satisfied'), [
      'very-satisfied',
      'satisfied',
      'basically-satisfied',
    ]);
    assert.deepEqual(levelsWithStanding(suzhou, 'unsatisfied'), ['unsatisfied', 'very-unsatisfied']);
  });

  it('a version published before levels declared their standing keeps the rule it was reported with', () => {
    // given legacy levels carrying `satisfied` and no `standing`
    const legacy = (id: string, satisfied: boolean, closesCase: boolean) =>
      ({ id, label: { zh: id, en: id }, satisfied, closesCase }) as unknown as RatingLevel;
    const allClose = [legacy('a', true, true), legacy('b', false, true), legacy('c', false, true)];
    const reopening = [legacy('a', true, true), legacy('b', false, true), legacy('c', false, false)];
    // then where every level closes the case the lowest is 不满意; otherwise the reopening ones are
    assert.deepEqual(
      allClose.map((l) => ratingStanding(l, allClose)),
      ['satisfied', 'neutral', 'unsatisfied'],
    );
    assert.deepEqual(
      reopening.map((l) => ratingStanding(l, reopening)),
      ['satisfied', 'neutral', 'unsatisfied'],
    );
    const allReopenButFirst = [legacy('a', true, true), legacy('b', false, false), legacy('c', false, false)];
    assert.deepEqual(
      allReopenButFirst.map((l) => ratingStanding(l, allReopenButFirst)),
      ['satisfied', 'unsatisfied', 'unsatisfied'],
    );
  });
});
