import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBoundedFeel } from './bounded-feel.js';

test('the FEEL every shipped mechanism writes is in the proven-bounded fragment', () => {
  for (const expression of [
    'decision = "accept"',
    'rating.level in ["unsatisfied", "very-unsatisfied"]',
    'leadDepartment = null and requestClass = "general"',
    'escalate = true or handlingResult = "needs-district-coordination"',
    'if frontDesk = "stations" then "district-centres" else "city-centre"',
    'if leadDepartment != null then ["departments"] else handlerGroups',
    'if coUnits = null then [] else coUnits',
    '{unit: unit, opinion: opinion}',
    'handlerGroups[1]',
    '[unitGroup]',
    'date and time(deadlineAt) - duration("P1D")',
    'count(contributions) = 0',
    'concatenate((if consultDepartments = null then [] else consultDepartments)[item != leadDepartment], if requestClass = "comprehensive" then ["experts"] else [])',
    'xs[item > 1]',
    'units[item.tier = "district" and (item.id != leadDepartment or item.id = null)]',
  ])
    assert.equal(isBoundedFeel(expression), true, expression);
});

test('iteration, recursion, regular expressions and string building go to the budgeted worker', () => {
  for (const expression of [
    'count(for i in 1..100000000 return i) > 0',
    'some x in xs satisfies x > 1',
    'xs[item in ys]',
    'xs[list contains(ys, item)]',
    'xs[count(ys[item > 1]) > 0]',
    'xs[item = ys[item > 1]]',
    'xs[item = [a, a]]',
    'xs[item = string(ys)]',
    'xs[if item > 1 then true else false]',
    'xs[n]',
    '{f: function(n) f(n)}.f(1)',
    'matches(description, "(a+)+$")',
    'answer + "（协办单位意见）"',
    'string join(for c in contributions return c.unit, "；")',
    '[[a, a], [a, a]]',
    'x in [1..10]',
    'decision = ',
  ])
    assert.equal(isBoundedFeel(expression), false, expression);
});

test('long expressions and expressions reading many variables are not judged on the main thread', () => {
  assert.equal(isBoundedFeel(`a = "${'x'.repeat(300)}"`), false);
  const many = Array.from({ length: 17 }, (_, i) => `v${i} = 1`).join(' and ');
  assert.equal(isBoundedFeel(many), false);
});
