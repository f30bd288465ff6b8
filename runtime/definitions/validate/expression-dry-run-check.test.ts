/**
 * Platform default (issue 13): every expression of a draft is evaluated on sample data under the
 * run-time budget before it is published; one that runs away refuses the publish where it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { readBpmnDocument } from './bpmn-document.js';
import { dryRunExpressions } from './expression-dry-run-check.js';
import { editXml, mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';
import type { DraftSamples } from './draft-samples.js';

async function dryRun(bundle: RawDefinitionBundle, samples: DraftSamples = {}) {
  const documents = await Promise.all(bundle.processes.map(readBpmnDocument));
  const mechanism = bundle.mechanism as Mechanism;
  const problems = await dryRunExpressions({
    jurisdiction: 'minimal',
    mechanism,
    documents,
    forms: bundle.forms,
    samples,
  });
  return problems.map((p) => [p.file, p.elementId ?? p.path, p.reason]);
}

void test('the fixture expressions all answer within the budget', async () => {
  assert.deepEqual(await dryRun(await minimalBundle()), []);
});

void test('a FEEL condition that runs away on the sample data is refused at its element', async () => {
  // given a condition building a list of a hundred million numbers
  const bundle = editXml(
    await minimalBundle(),
    '=answered = true',
    '=answered = true and count(for i in 1..100000000 return i) > 0',
  );
  // when dry-run / then the sequence flow is named, with the budget, in Chinese
  const problems = await dryRun(bundle);
  assert.deepEqual(
    problems.map(([file, where]) => [file, where]),
    [['processes/minimal-case.bpmn', 'Flow_Answered']],
  );
  assert.match(String(problems[0]?.[2]), /conditionExpression 的 FEEL 表达式在样例数据上超出运行预算/);
});

void test('a routing rule that loops forever is refused at its mechanism.json path', async () => {
  const bundle = await minimalBundle();
  mechanismOf(bundle).routing.admissibility = '($f := function($n){ $f($n + 1) }; $f(1))';
  const problems = await dryRun(bundle);
  assert.deepEqual(
    problems.map(([file, where]) => [file, where]),
    [['mechanism.json', '/routing/admissibility']],
  );
});

void test("a rule that runs away only on some input passes unless a sample holds it; the jurisdiction's samples count", async () => {
  // given a rule that loops only for one description
  const bundle = await minimalBundle();
  mechanismOf(bundle).routing.admissibility =
    "data.description = '死循环' ? ($f := function($n){ $f($n + 1) }; $f(1)) : null";
  // when dry-run on the form's own sample / then it passes
  assert.deepEqual(await dryRun(bundle), []);
  // when a scenario of the jurisdiction submits that description / then it is refused
  const samples = { intake: [{ creditCode: '91330400MA29G0XX1A', description: '死循环' }] };
  assert.deepEqual(
    (await dryRun(bundle, samples)).map(([, where]) => where),
    ['/routing/admissibility'],
  );
});
