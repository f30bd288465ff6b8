/**
 * Every BPMN property whose value starts with `=` is a FEEL expression in Zeebe; each must parse.
 * Only syntax is judged: variables are unknown until run time, so missing ones are not problems.
 */
import { parseExpression } from 'feelin';
import type { DefinitionProblem } from '../definition-bundle.js';
import type { BpmnDocument } from './bpmn-document.js';
import { allElements, ownerId } from './moddle-element.js';
import type { ModdleElement } from './moddle-element.js';

/** Properties that hold names or literals, never FEEL, even when they start with `=`. */
const notFeel: Record<string, readonly string[]> = {
  '*': ['id', 'name'],
  'zeebe:Input': ['target'],
  'zeebe:Output': ['target'],
  'zeebe:Header': ['key', 'value'],
  'zeebe:Property': ['name', 'value'],
  'zeebe:CalledDecision': ['resultVariable'],
  'zeebe:Script': ['resultVariable'],
  'zeebe:LoopCharacteristics': ['inputElement', 'outputCollection'],
};

/** The position of the first syntax error in a FEEL expression, or null when it parses. */
export function feelSyntaxError(expression: string): number | null {
  let position: number | null = null;
  parseExpression(expression, {}, 'camunda').iterate({
    enter(node) {
      if (position === null && node.type.isError) position = node.from;
      return position === null;
    },
  });
  return position;
}

/** One FEEL expression of a BPMN file: where it is and its text (with Zeebe's leading `=`). */
export interface FeelOccurrence {
  file: string;
  /** The bpmn:Process it belongs to. */
  processId?: string;
  elementId?: string;
  /** The property holding it, e.g. `conditionExpression`, `zeebe:TaskSchedule.dueDate`. */
  property: string;
  expression: string;
}

/** Every FEEL expression of the documents, in document order. */
export function feelOccurrences(documents: readonly BpmnDocument[]): FeelOccurrence[] {
  return documents.flatMap(({ file, definitions }) =>
    definitions ? allElements(definitions).flatMap((e) => elementOccurrences(file, e)) : [],
  );
}

function elementOccurrences(file: string, element: ModdleElement): FeelOccurrence[] {
  const found: FeelOccurrence[] = [];
  for (const { name, type } of element.$descriptor.properties) {
    const value = element.get(name);
    if (type !== 'String' || typeof value !== 'string' || !value.startsWith('=') || isNotFeel(element, name))
      continue;
    const id = ownerId(element);
    const occurrence: FeelOccurrence = { file, property: propertyLabel(element, name), expression: value };
    if (id) occurrence.elementId = id;
    const processId = processOf(element);
    if (processId) occurrence.processId = processId;
    found.push(occurrence);
  }
  return found;
}

/** Longest FEEL expression a definition may hold (platform default: parsing stays cheap). */
export const maxExpressionLength = 4000;

export function checkFeelExpressions(documents: readonly BpmnDocument[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const { file, elementId, property, expression } of feelOccurrences(documents)) {
    const position = expression.length > maxExpressionLength ? null : feelSyntaxError(expression.slice(1));
    if (position === null && expression.length <= maxExpressionLength) continue;
    const reason =
      position === null
        ? `${property} 的 FEEL 表达式过长（${expression.length} 字符，上限 ${maxExpressionLength}）`
        : `invalid FEEL in ${property} at position ${position + 1}: ${expression}`;
    problems.push(
      elementId ? { file, elementId, reason, severity: 'error' } : { file, reason, severity: 'error' },
    );
  }
  return problems;
}

function processOf(element: ModdleElement): string | undefined {
  for (let e: ModdleElement | undefined = element; e; e = e.$parent)
    if (e.$instanceOf('bpmn:Process')) return e.get('id') as string | undefined;
  return undefined;
}

function isNotFeel(element: ModdleElement, name: string): boolean {
  return (notFeel['*'] ?? []).includes(name) || (notFeel[element.$type] ?? []).includes(name);
}

/** `conditionExpression` for an expression body, else `zeebe:TaskSchedule.dueDate` style. */
function propertyLabel(element: ModdleElement, name: string): string {
  const parent = element.$parent;
  if (element.$instanceOf('bpmn:Expression') && parent) {
    const holder = parent.$descriptor.properties.find((p) => parent.get(p.name) === element);
    if (holder) return holder.name;
  }
  return ownerId(element) === element.get('id') ? name : `${element.$type}.${name}`;
}
