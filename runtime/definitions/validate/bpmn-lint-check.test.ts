import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import { readBpmnDocument } from './bpmn-document.js';
import { checkBpmnLint } from './bpmn-lint-check.js';
import { addSupplementMessage, editXml, minimalBundle } from './fixtures/minimal-bundle.js';

async function lint(bundle: RawDefinitionBundle): Promise<[string, string | undefined, string, string][]> {
  const problems = await checkBpmnLint(await Promise.all(bundle.processes.map(readBpmnDocument)));
  return problems.map((p) => [p.file, p.elementId, p.severity, p.reason]);
}

void test('the fixture process passes the Camunda 8.5 rules, message subscription included', async () => {
  // given the minimal fixture with a correlated 补充材料 message
  const bundle = addSupplementMessage(await minimalBundle(), '=caseId');
  // when linted / then nothing is reported
  assert.deepEqual(await lint(bundle), []);
});

/** Task_Handle as a parallel multi-instance (会办: one task per co-unit) with these loop attributes. */
async function multiInstance(attributes: string): Promise<RawDefinitionBundle> {
  return editXml(
    await minimalBundle(),
    '<bpmn:incoming>Flow_ToHandle</bpmn:incoming>',
    `<bpmn:incoming>Flow_ToHandle</bpmn:incoming><bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements>
      <zeebe:loopCharacteristics ${attributes} /></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`,
  );
}

void test('a multi-instance user task with zeebe:loopCharacteristics passes; one without an input collection does not', async () => {
  // given a complete loop / when linted / then it passes
  const valid = 'inputCollection="=coUnits" inputElement="unit" outputCollection="c" outputElement="=c1"';
  assert.deepEqual(await lint(await multiInstance(valid)), []);
  // given the input collection missing / when linted / then the loop-characteristics rule reports the task
  const problems = await lint(await multiInstance('inputElement="unit"'));
  assert.deepEqual(
    problems.map((p) => p.slice(1, 3)),
    [['Task_Handle', 'error']],
  );
});

void test('a Zeebe user task may not use a custom formKey in 8.5', async () => {
  // given the handling task turned into a Zeebe user task (zeebe:userTask) that keeps its formKey
  const bundle = editXml(
    await minimalBundle(),
    '<zeebe:formDefinition formKey="handle-request" />',
    '<zeebe:formDefinition formKey="handle-request" /><zeebe:userTask />',
  );
  // when linted / then the user-task-form rule reports the task
  const [problem, ...rest] = await lint(bundle);
  assert.deepEqual(rest, []);
  assert.deepEqual(problem?.slice(0, 3), ['processes/minimal-case.bpmn', 'Task_Handle', 'error']);
  assert.match(problem?.[3] ?? '', /^camunda-compat\/user-task-form: .*externalReference.*formId/);
});

void test('a message without a zeebe:subscription is reported at the waiting event', async () => {
  // given a boundary event waiting for a message that has no subscription
  const bundle = addSupplementMessage(await minimalBundle(), null);
  // when linted / then the subscription rule names the event
  const problems = await lint(bundle);
  assert.deepEqual(
    problems.map(([, id, severity, reason]) => [id, severity, reason.split(':')[0]]),
    [['Boundary_Supplement', 'error', 'camunda-compat/subscription']],
  );
});

void test('XML errors and unresolved references are errors of the file', async () => {
  // given one truncated file and one flow pointing at a missing element
  const truncated = await minimalBundle();
  truncated.processes[0]!.xml = truncated.processes[0]!.xml.slice(0, 400);
  const dangling = editXml(await minimalBundle(), 'targetRef="End_NotAnswered"', 'targetRef="End_Nowhere"');
  // when linted
  const [[unreadable], danglingProblems] = await Promise.all([lint(truncated), lint(dangling)]);
  // then the truncated file has one xml error, and the dangling flow is named (and not linted further)
  assert.equal(unreadable?.[2], 'error');
  assert.match(unreadable?.[3] ?? '', /^xml: /);
  assert.deepEqual(danglingProblems, [
    [
      'processes/minimal-case.bpmn',
      'Flow_NotAnswered',
      'error',
      'xml: unresolved reference <End_Nowhere> (bpmn:targetRef)',
    ],
  ]);
});
