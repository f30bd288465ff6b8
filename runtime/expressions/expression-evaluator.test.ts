/**
 * Platform default (issue 13, "bounded evaluation of everything an admin writes"): JSONata and
 * FEEL run under a time and memory budget a runaway cannot escape, and one tenant's runaway does
 * not hold another tenant's evaluation.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExpressionBudgetError } from '../common/errors.js';
import { defaultBudget } from './expression-budget.js';
import { ExpressionEvaluator } from './expression-evaluator.js';
import { exceeded, type ExpressionItem } from './expression-protocol.js';

const evaluator = new ExpressionEvaluator({ ...defaultBudget, memoryMb: 32, quarantineMs: 0 });
/** A time budget no allocation reaches on a busy machine: only the heap can stop these items. */
const heapOnly = new ExpressionEvaluator({
  ...defaultBudget,
  timeMs: 120_000,
  memoryMb: 32,
  quarantineMs: 0,
});
after(() => {
  evaluator.close();
  heapOnly.close();
});

const jsonata = (expression: string, input = {}): ExpressionItem => ({
  language: 'jsonata',
  expression,
  input,
});

test('a batch answers every item; a runaway item is stopped and the rest still evaluate', async () => {
  // given a batch with an endless recursion and a catastrophic regular expression between good rules
  const items = [
    jsonata('data.x & "!"', { data: { x: 'hi' } }),
    jsonata('($f := function($n){ $n > 0 ? $f($n + 1) : 0 }; $f(1))'),
    jsonata('$match("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", /(a+)+$/)'),
    jsonata('2 * 3'),
  ];
  // when it is evaluated
  const outcomes = await evaluator.evaluate('tenant-a', items);
  // then the runaways are reported as exceeded and the good rules have their values
  assert.deepEqual(outcomes[0], { ok: true, value: 'hi!' });
  assert.equal(exceeded(outcomes[1] ?? { ok: true, value: null }), true);
  assert.equal(exceeded(outcomes[2] ?? { ok: true, value: null }), true);
  assert.deepEqual(outcomes[3], { ok: true, value: 6 });
});

test('an expression that allocates past the worker heap is stopped', async () => {
  const [outcome] = await evaluator.evaluate('tenant-a', [
    jsonata('$count([1..10000000].{"k": $string($)})'),
  ]);
  assert.ok(outcome && exceeded(outcome), JSON.stringify(outcome));
});

test('a range past the heap in one allocation ends only its host process, not the platform', async () => {
  // given a JSONata range of ten million numbers: one 80 MB array, far past a 32 MB heap at once
  const [outcome] = await heapOnly.evaluate('tenant-a', [jsonata('$count([1..10000000])')]);
  // then it is reported as past the memory budget, and this process still evaluates
  assert.ok(outcome && exceeded(outcome) && outcome.exceeded === 'memory', JSON.stringify(outcome));
  assert.deepEqual(await heapOnly.evaluate('tenant-a', [jsonata('1 + 2')]), [{ ok: true, value: 3 }]);
});

test('synchronous FEEL past the heap is stopped as memory, and the next expression is answered', () => {
  const outcome = heapOnly.evaluateNow('t', {
    language: 'feel',
    expression: 'sum(for i in 1..20000000 return i)',
    input: {},
  });
  assert.ok(exceeded(outcome) && outcome.exceeded === 'memory', JSON.stringify(outcome));
  assert.deepEqual(heapOnly.evaluateNow('t', { language: 'feel', expression: 'a + 1', input: { a: 1 } }), {
    ok: true,
    value: 2,
  });
});

test('a result string larger than the result limit is refused, not sent back', async () => {
  const [outcome] = await heapOnly.evaluate('t', [jsonata('$pad("x", 5000000)')]);
  assert.deepEqual(outcome, { ok: false, error: 'result larger than 1000000 characters' });
});

test("another tenant's rule is answered while a tenant's runaway rule runs", async () => {
  // given warm workers and tenant A's runaway rule in flight
  await evaluator.ready();
  const order: string[] = [];
  const runaway = evaluator
    .evaluate('tenant-a', [jsonata('($f := function($n){ $f($n + 1) }; $f(1))')])
    .then(() => order.push('a'));
  // when tenant B asks for a rule
  const other = evaluator.evaluate('tenant-b', [jsonata('1 + 1')]).then((o) => {
    order.push('b');
    return o;
  });
  // then B's answer does not wait for A's runaway to be stopped
  assert.deepEqual(await other, [{ ok: true, value: 2 }]);
  await runaway;
  assert.deepEqual(order, ['b', 'a']);
});

test('synchronous FEEL past the budget is stopped and the next expression is answered', () => {
  const runaway = evaluator.evaluateNow('t', {
    language: 'feel',
    expression: 'count(for i in 1..100000000 return i) > 0',
    input: {},
  });
  assert.equal(exceeded(runaway), true);
  const next = evaluator.evaluateNow('t', { language: 'feel', expression: 'a + 1', input: { a: 1 } });
  assert.deepEqual(next, { ok: true, value: 2 });
});

test('a syntax error is an evaluation error, not a budget one', async () => {
  const [outcome] = await evaluator.evaluate('t', [jsonata('data.(')]);
  assert.equal(outcome?.ok, false);
  assert.equal(outcome && exceeded(outcome), false);
  assert.ok(!(outcome instanceof ExpressionBudgetError));
});

test('an expression that exceeded its budget is quarantined for its tenant: answered at once, no worker stopped', async () => {
  // given an evaluator with a cool-down and a rule that ran away once for tenant A
  const guarded = new ExpressionEvaluator({ ...defaultBudget, quarantineMs: 60_000 });
  after(() => guarded.close());
  const runaway = jsonata('($f := function($n){ $f($n + 1) }; $f(1))');
  const [first] = await guarded.evaluate('tenant-a', [runaway]);
  assert.ok(first && exceeded(first) && !first.quarantined);
  // when A evaluates it again / then it is answered from quarantine
  const [again] = await guarded.evaluate('tenant-a', [runaway]);
  assert.ok(again && exceeded(again) && again.quarantined === true);
  // and another tenant's expressions are unaffected
  assert.deepEqual(await guarded.evaluate('tenant-b', [jsonata('1 + 1')]), [{ ok: true, value: 2 }]);
});
