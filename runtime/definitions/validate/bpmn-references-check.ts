/**
 * What the BPMN names must exist on the platform side: job types served by a worker, forms in
 * `forms/`, candidate groups in `mechanism.json`, and a correlation key on every message a case
 * waits for. Values starting with `=` are FEEL, decided at run time, and not checked here.
 */
import type { DefinitionProblem } from '../definition-bundle.js';
import type { BpmnDocument } from './bpmn-document.js';
import {
  allElements,
  elementProperty,
  elementsProperty,
  extensionElement,
  ownerId,
  stringProperty,
} from './moddle-element.js';
import type { ModdleElement } from './moddle-element.js';

export interface BpmnReferenceTargets {
  jobTypes: ReadonlySet<string>;
  formKeys: ReadonlySet<string>;
  /** Candidate group ids of the mechanism; null when the mechanism is invalid and they are unknown. */
  groups: ReadonlySet<string> | null;
  /** Tier ids of the mechanism (header `toTier`); null or absent when unknown. */
  tiers?: ReadonlySet<string> | null;
}

/** Task headers whose values are a closed set, or refer to the mechanism. */
const headerValues: Record<string, ReadonlySet<string>> = {
  countFrom: new Set(['receipt', 'now']),
};

type Finding = string | null;

export function checkBpmnReferences(
  documents: readonly BpmnDocument[],
  targets: BpmnReferenceTargets,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const { file, definitions } of documents) {
    if (!definitions) continue;
    for (const element of allElements(definitions)) {
      const elementId = ownerId(element);
      for (const reason of findings(element, targets)) {
        if (reason)
          problems.push(
            elementId ? { file, elementId, reason, severity: 'error' } : { file, reason, severity: 'error' },
          );
      }
    }
  }
  return problems;
}

function findings(element: ModdleElement, targets: BpmnReferenceTargets): Finding[] {
  if (element.$instanceOf('zeebe:TaskDefinition')) return [jobType(element, targets.jobTypes)];
  if (element.$instanceOf('zeebe:Header')) return [header(element, targets.tiers ?? null)];
  if (element.$instanceOf('bpmn:UserTask'))
    return [formKey(element, targets.formKeys), ...candidateGroups(element, targets.groups)];
  if (
    element.$instanceOf('bpmn:IntermediateCatchEvent') ||
    element.$instanceOf('bpmn:BoundaryEvent') ||
    element.$instanceOf('bpmn:ReceiveTask')
  ) {
    return [messageSubscription(element)];
  }
  return [];
}

function jobType(taskDefinition: ModdleElement, jobTypes: ReadonlySet<string>): Finding {
  const type = stringProperty(taskDefinition, 'type');
  if (!type || isFeel(type) || jobTypes.has(type)) return null;
  return `job type "${type}" is not served by any worker (see runtime/definitions/job-catalogue.ts)`;
}

function header(element: ModdleElement, tiers: ReadonlySet<string> | null): Finding {
  const key = stringProperty(element, 'key');
  const value = stringProperty(element, 'value') ?? '';
  if (key === 'toTier' && tiers && !tiers.has(value))
    return `header toTier "${value}" is not one of mechanism.json tiers`;
  const allowed = key ? headerValues[key] : undefined;
  if (allowed && !allowed.has(value))
    return `header ${key ?? ''} must be one of ${[...allowed].join(', ')}, got "${value}"`;
  return null;
}

function formKey(userTask: ModdleElement, formKeys: ReadonlySet<string>): Finding {
  const form = extensionElement(userTask, 'zeebe:FormDefinition');
  const key = form ? stringProperty(form, 'formKey') : undefined;
  if (!key) return 'user task has no zeebe:formDefinition formKey';
  if (isFeel(key) || formKeys.has(key)) return null;
  return `form "${key}" has no forms/${key}.schema.json`;
}

function candidateGroups(userTask: ModdleElement, groups: ReadonlySet<string> | null): Finding[] {
  const assignment = extensionElement(userTask, 'zeebe:AssignmentDefinition');
  const value = assignment ? stringProperty(assignment, 'candidateGroups') : undefined;
  if (!groups || !value || isFeel(value)) return [];
  return value
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g && !groups.has(g))
    .map((g) => `candidate group "${g}" is not one of mechanism.json groups`);
}

function messageSubscription(element: ModdleElement): Finding {
  const holder = element.$instanceOf('bpmn:ReceiveTask')
    ? element
    : elementsProperty(element, 'eventDefinitions')[0];
  if (!holder?.$instanceOf('bpmn:MessageEventDefinition') && !holder?.$instanceOf('bpmn:ReceiveTask'))
    return null;
  const message = elementProperty(holder, 'messageRef');
  if (!message) return 'message event references no bpmn:Message';
  const subscription = extensionElement(message, 'zeebe:Subscription');
  if (subscription && stringProperty(subscription, 'correlationKey')) return null;
  return `message "${stringProperty(message, 'id') ?? '?'}" has no zeebe:subscription correlationKey`;
}

function isFeel(value: string): boolean {
  return value.startsWith('=');
}
