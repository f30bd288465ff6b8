/**
 * Rules of a mechanism that its processes rely on: a process that calls the shared reminder loop
 * (催办) needs `mechanism.reminder`; a `case.escalate` task without a `toTier` header needs
 * `reminder.escalateToTier`; supervision orders are issued by roles that exist and may supervise; without an automatic rating the mechanism says after how many working
 * days an unrated case closes as 未评价 (`evaluation.unrated`), so no case waits for ever.
 */
import type { DefinitionProblem } from '../definition-bundle.js';
import { supervisingRoles, type Mechanism } from '../mechanism.js';
import type { BpmnDocument } from './bpmn-document.js';
import { mechanismFile } from './mechanism-schema-check.js';
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
      const deadlineClass = isEscalation(element) ? header(element, 'deadlineClass') : undefined;
      if (deadlineClass !== undefined && !mechanism.requestClasses.some((c) => c.id === deadlineClass))
        problems.push({
          file,
          elementId,
          reason: `header deadlineClass "${deadlineClass}" is not one of mechanism.json requestClasses`,
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
  mechanism.supervision.issuerRoles.forEach((role, i) => {
    if (!supervisingRoles.includes(role))
      problems.push({
        file: mechanismFile,
        path: `/supervision/issuerRoles/${i}`,
        reason: `"${role}" is not a role that may supervise (${supervisingRoles.join(', ')})`,
        severity: 'error',
      });
  });
  const groups = new Set(mechanism.groups.map((g) => g.id));
  const tiers = new Set(mechanism.tiers.map((t) => t.id));
  (mechanism.reminder?.tiers ?? []).forEach((tier, i) => {
    if (!tiers.has(tier))
      problems.push({
        file: mechanismFile,
        path: `/reminder/tiers/${i}`,
        reason: `"${tier}" is not one of mechanism.json tiers`,
        severity: 'error',
      });
  });
  (mechanism.supervision.revisits?.groups ?? []).forEach((group, i) => {
    if (!groups.has(group))
      problems.push({
        file: mechanismFile,
        path: `/supervision/revisits/groups/${i}`,
        reason: `"${group}" is not one of mechanism.json groups`,
        severity: 'error',
      });
  });
  const { autoRating, unrated } = mechanism.evaluation;
  if (!autoRating && !unrated)
    problems.push({
      file: mechanismFile,
      path: '/evaluation/unrated',
      reason: 'without an automatic rating, say after how many working days an unrated case closes as 未评价',
      severity: 'error',
    });
  if (autoRating && unrated)
    problems.push({
      file: mechanismFile,
      path: '/evaluation/unrated',
      reason: 'a mechanism with an automatic rating has no unrated window (set it to null)',
      severity: 'error',
    });
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
