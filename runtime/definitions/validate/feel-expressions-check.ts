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

export function checkFeelExpressions(documents: readonly BpmnDocument[]): DefinitionProblem[] {
  return documents.flatMap((document) =>
    document.definitions
      ? allElements(document.definitions).flatMap((e) => checkElement(document.file, e))
      : [],
  );
}

function checkElement(file: string, element: ModdleElement): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const { name, type } of element.$descriptor.properties) {
    const value = element.get(name);
    if (type !== 'String' || typeof value !== 'string' || !value.startsWith('=') || isNotFeel(element, name))
      continue;
    const position = feelSyntaxError(value.slice(1));
    if (position === null) continue;
    const reason = `invalid FEEL in ${propertyLabel(element, name)} at position ${position + 1}: ${value}`;
    const id = ownerId(element);
    problems.push(
      id ? { file, elementId: id, reason, severity: 'error' } : { file, reason, severity: 'error' },
    );
  }
  return problems;
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
