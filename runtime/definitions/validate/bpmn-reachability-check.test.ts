import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import { readBpmnDocument } from './bpmn-document.js';
import { checkReachability } from './bpmn-reachability-check.js';
import { editXml, minimalBundle } from './fixtures/minimal-bundle.js';

async function check(bundle: RawDefinitionBundle) {
  const documents = await Promise.all(bundle.processes.map(readBpmnDocument));
  return checkReachability(documents).map((p) => [p.elementId, p.reason]);
}

void test('every element of the fixture is reachable and can reach an end', async () => {
  assert.deepEqual(await check(await minimalBundle()), []);
});

void test('an element no sequence flow leads to is refused with its id and name', async () => {
  // given a task nothing leads to
  const bundle = editXml(
    await minimalBundle(),
    '<bpmn:endEvent id="End_Answered"',
    '<bpmn:userTask id="Task_Orphan" name="孤立任务" /><bpmn:endEvent id="End_Answered"',
  );
  // when checked / then it is named as unreachable
  assert.deepEqual(await check(bundle), [
    ['Task_Orphan', '元素“孤立任务”（Task_Orphan）从开始事件不可达：没有案件会到达这里'],
  ]);
});

void test('a loop no case can leave is refused: its elements cannot reach an end', async () => {
  // given the "not answered" branch looping back into a task that only loops
  let bundle = editXml(
    await minimalBundle(),
    '<bpmn:sequenceFlow id="Flow_NotAnswered" sourceRef="Gateway_Answered" targetRef="End_NotAnswered" />',
    `<bpmn:sequenceFlow id="Flow_NotAnswered" sourceRef="Gateway_Answered" targetRef="Task_Again" />
     <bpmn:userTask id="Task_Again" name="再次办理"><bpmn:incoming>Flow_NotAnswered</bpmn:incoming><bpmn:incoming>Flow_Loop</bpmn:incoming><bpmn:outgoing>Flow_Loop</bpmn:outgoing></bpmn:userTask>
     <bpmn:sequenceFlow id="Flow_Loop" sourceRef="Task_Again" targetRef="Task_Again" />`,
  );
  bundle = editXml(bundle, '<bpmn:incoming>Flow_NotAnswered</bpmn:incoming>', '');
  // when checked
  const problems = await check(bundle);
  // then the loop's task is refused; the orphaned end event too
  assert.deepEqual(
    problems.map(([id]) => id),
    ['End_NotAnswered', 'Task_Again'],
  );
  assert.match(String(problems[1]?.[1]), /无法到达结束事件/);
});
