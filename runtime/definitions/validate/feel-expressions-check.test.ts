import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import { readBpmnDocument } from './bpmn-document.js';
import { checkFeelExpressions, feelSyntaxError } from './feel-expressions-check.js';
import { addSupplementMessage, editXml, minimalBundle } from './fixtures/minimal-bundle.js';

async function check(bundle: RawDefinitionBundle): Promise<[string | undefined, string][]> {
  const problems = checkFeelExpressions(await Promise.all(bundle.processes.map(readBpmnDocument)));
  return problems.map((p) => [p.elementId, p.reason]);
}

void test('the fixture FEEL expressions parse', async () => {
  // given the fixture with a correlated message / when checked / then nothing is reported
  assert.deepEqual(await check(addSupplementMessage(await minimalBundle(), '=caseId')), []);
});

void test('a broken gateway condition is reported at its sequence flow', async () => {
  // given a condition with a dangling comparison
  const bundle = editXml(await minimalBundle(), '=answered = true', '=answered =');
  // when checked / then the flow and its conditionExpression are named
  assert.deepEqual(await check(bundle), [
    ['Flow_Answered', 'invalid FEEL in conditionExpression at position 11: =answered ='],
  ]);
});

void test('broken extension expressions name the element and the extension property', async () => {
  // given a broken due date, output mapping and correlation key
  let bundle = editXml(await minimalBundle(), 'dueDate="=deadline"', 'dueDate="=date(deadline"');
  bundle = editXml(bundle, 'source="=deadlineAt"', 'source="=deadlineAt +"');
  bundle = addSupplementMessage(bundle, '=case.');
  // when checked
  const problems = await check(bundle);
  // then each points at its owner element and the zeebe property
  assert.deepEqual(
    problems.map(([id, reason]) => [id, reason.split(' at ')[0]]),
    [
      ['Task_Classify', 'invalid FEEL in zeebe:Output.source'],
      ['Task_Handle', 'invalid FEEL in zeebe:TaskSchedule.dueDate'],
      ['Message_Supplement', 'invalid FEEL in zeebe:Subscription.correlationKey'],
    ],
  );
});

void test('only syntax counts: unknown variables and functions are fine', () => {
  // given expressions over variables and functions nothing defines
  // when parsed / then no syntax error is found, while a real syntax error is
  assert.equal(feelSyntaxError('noSuchVariable > 1 and unknownFn(x) = "y"'), null);
  assert.equal(feelSyntaxError('if a then b'), 11);
});

/** Task_Handle as a parallel multi-instance (会办: one task per co-unit). */
function multiInstance(bundle: RawDefinitionBundle, inputCollection: string, outputElement: string) {
  return editXml(
    bundle,
    '<bpmn:incoming>Flow_ToHandle</bpmn:incoming>',
    `<bpmn:incoming>Flow_ToHandle</bpmn:incoming>
      <bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements>
        <zeebe:loopCharacteristics inputCollection="${inputCollection}" inputElement="unit" outputCollection="contributions" outputElement="${outputElement}" />
      </bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`,
  );
}

void test('multi-instance loop expressions are checked; element and collection names are not FEEL', async () => {
  // given a well-formed loop / when checked / then nothing is reported
  assert.deepEqual(await check(multiInstance(await minimalBundle(), '=coUnits', '={unit: unit}')), []);
  // given a broken input collection and output element
  const broken = multiInstance(await minimalBundle(), '=coUnits[', '={unit: unit');
  // when checked / then both are reported at the multi-instance task
  assert.deepEqual(
    (await check(broken)).map(([id, reason]) => [id, reason.split(' at ')[0]]),
    [
      ['Task_Handle', 'invalid FEEL in zeebe:LoopCharacteristics.inputCollection'],
      ['Task_Handle', 'invalid FEEL in zeebe:LoopCharacteristics.outputElement'],
    ],
  );
});
