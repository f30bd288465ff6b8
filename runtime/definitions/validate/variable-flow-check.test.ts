import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import { readBpmnDocument } from './bpmn-document.js';
import { editXml, mechanismOf, minimalBundle } from './fixtures/minimal-bundle.js';
import { checkVariableFlow } from './variable-flow-check.js';

async function check(bundle: RawDefinitionBundle) {
  const documents = await Promise.all(bundle.processes.map(readBpmnDocument));
  const problems = checkVariableFlow({
    documents,
    forms: bundle.forms,
    mechanism: bundle.mechanism as Mechanism,
  });
  return problems.map((p) => [p.file, p.elementId ?? p.path, p.reason]);
}

void test('every variable the fixture reads is produced by a form, a worker or a mapping', async () => {
  assert.deepEqual(await check(await minimalBundle()), []);
});

void test('removing a form field a condition still reads is refused at the condition, naming the field', async () => {
  // given the handling form without `answered`, which the gateway's condition reads
  const bundle = await minimalBundle();
  const handle = bundle.forms.find((f) => f.key === 'handle-request')!;
  delete (handle.schema['properties'] as Record<string, unknown>)['answered'];
  handle.schema['required'] = [];
  // when checked / then the sequence flow is named with the variable, in Chinese
  const [problem, ...rest] = await check(bundle);
  assert.deepEqual(rest, []);
  assert.equal(problem?.[0], 'processes/minimal-case.bpmn');
  assert.equal(problem?.[1], 'Flow_Answered');
  assert.match(String(problem?.[2]), /conditionExpression 读取的变量“answered”不由/);
});

void test('data.<field> must be a field of the intake form, in FEEL and in routing rules', async () => {
  // given a condition and a routing rule reading an intake field that does not exist
  const bundle = editXml(await minimalBundle(), '=answered = true', '=answered = true and data.budget > 0');
  mechanismOf(bundle).routing.classSuggestion = "data.budget > 100 ? 'complex' : 'general'";
  // when checked / then both are located
  const problems = await check(bundle);
  assert.deepEqual(
    problems.map(([file, where]) => [file, where]),
    [
      ['processes/minimal-case.bpmn', 'Flow_Answered'],
      ['mechanism.json', '/routing/classSuggestion'],
    ],
  );
  assert.match(String(problems[0]?.[2]), /受理表单字段“budget”/);
});

void test('a routing rule reads only what it is given (data, channel)', async () => {
  const bundle = await minimalBundle();
  mechanismOf(bundle).routing.admissibility = "case.title = 'x' ? 'out-of-scope' : null";
  const problems = await check(bundle);
  assert.deepEqual(
    problems.map(([, where]) => where),
    ['/routing/admissibility'],
  );
  assert.match(String(problems[0]?.[2]), /规则读取“case”，但规则只接收 data、channel/);
});
