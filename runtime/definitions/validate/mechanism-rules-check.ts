/**
 * Rules of a mechanism that its processes rely on: a process that calls the shared reminder loop
 * (催办) needs `mechanism.reminder`; a `case.escalate` task without a `toTier` header needs
 * `reminder.escalateToTier`.
 */
import type { DefinitionProblem } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import type { BpmnDocument } from './bpmn-document.js';
import {
  allElements,
  elementsProperty,
  extensionElement,
  ownerId,
  stringProperty,
  type ModdleElement,
} from './moddle-element.js';

const reminderLoop = 'shared-reminder-loop';

export function checkMechanismRules(
  mechanism: Mechanism,
  documents: readonly BpmnDocument[],
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const { file, definitions } of documents) {
    if (!definitions || file.startsWith('processes/shared.')) continue;
    for (const element of allElements(definitions)) {
      const elementId = ownerId(element) ?? '';
      if (
        element.$instanceOf('bpmn:CallActivity') &&
        calledProcess(element) === reminderLoop &&
        !mechanism.reminder
      )
        problems.push({
          file,
          elementId,
          reason: `calls ${reminderLoop} but mechanism.json reminder is null (the mechanism does not urge)`,
          severity: 'error',
        });
      if (isEscalation(element) && !header(element, 'toTier') && !mechanism.reminder?.escalateToTier)
        problems.push({
          file,
          elementId,
          reason: 'case.escalate needs a toTier header, or mechanism.json reminder.escalateToTier',
          severity: 'error',
        });
    }
  }
  return problems;
}

function calledProcess(callActivity: ModdleElement): string | undefined {
  const called = extensionElement(callActivity, 'zeebe:CalledElement');
  return called ? stringProperty(called, 'processId') : undefined;
}

function isEscalation(element: ModdleElement): boolean {
  if (!element.$instanceOf('bpmn:ServiceTask')) return false;
  const definition = extensionElement(element, 'zeebe:TaskDefinition');
  return definition !== undefined && stringProperty(definition, 'type') === 'case.escalate';
}

function header(element: ModdleElement, key: string): string | undefined {
  const headers = extensionElement(element, 'zeebe:TaskHeaders');
  const found = headers && elementsProperty(headers, 'values').find((h) => stringProperty(h, 'key') === key);
  return found && stringProperty(found, 'value');
}
