/**
 * Every flow node must be reachable from a start event and able to reach an end, in its own scope
 * (a process, a sub-process, an event sub-process). Edges: sequence flows, an activity to its
 * boundary events, a link throw to the link catch of the same name. An event sub-process is entered
 * by its event; a node without outgoing sequence flows ends its path (as in Zeebe). A node no case
 * can reach, or a loop no case can leave, would strand cases silently (no task, no job, no incident).
 * A scope an interrupting boundary event can end may loop until interrupted; it is not asked to end.
 */
import type { DefinitionProblem } from '../definition-bundle.js';
import type { BpmnDocument } from './bpmn-document.js';
import {
  allElements,
  elementProperty,
  elementsProperty,
  stringProperty,
  type ModdleElement,
} from './moddle-element.js';

interface Scope {
  nodes: ModdleElement[];
  flows: ModdleElement[];
  /** Whether something outside can end this scope (a boundary event on the sub-process). */
  interruptible: boolean;
}

const idOf = (e: ModdleElement | undefined): string => (e && stringProperty(e, 'id')) ?? '';

function scopes(definitions: ModdleElement): Scope[] {
  const containers = allElements(definitions).filter(
    (e) => e.$instanceOf('bpmn:Process') || e.$instanceOf('bpmn:SubProcess'),
  );
  const boundaries = allElements(definitions).filter((e) => e.$instanceOf('bpmn:BoundaryEvent'));
  return containers.map((c) => {
    const elements = elementsProperty(c, 'flowElements');
    return {
      nodes: elements.filter((e) => e.$instanceOf('bpmn:FlowNode')),
      flows: elements.filter((e) => e.$instanceOf('bpmn:SequenceFlow')),
      interruptible: boundaries.some((b) => idOf(elementProperty(b, 'attachedToRef')) === idOf(c)),
    };
  });
}

function linkName(node: ModdleElement): string | null {
  const definition = elementsProperty(node, 'eventDefinitions').find((d) =>
    d.$instanceOf('bpmn:LinkEventDefinition'),
  );
  return definition ? (stringProperty(definition, 'name') ?? '') : null;
}

function graph(scope: Scope): Map<string, Set<string>> {
  const next = new Map(scope.nodes.map((n) => [idOf(n), new Set<string>()]));
  const edge = (from: string, to: string) => next.get(from)?.add(to);
  for (const f of scope.flows)
    edge(idOf(elementProperty(f, 'sourceRef')), idOf(elementProperty(f, 'targetRef')));
  const catches = scope.nodes.filter(
    (n) => n.$instanceOf('bpmn:IntermediateCatchEvent') && linkName(n) !== null,
  );
  for (const n of scope.nodes) {
    if (n.$instanceOf('bpmn:BoundaryEvent')) edge(idOf(elementProperty(n, 'attachedToRef')), idOf(n));
    if (n.$instanceOf('bpmn:IntermediateThrowEvent') && linkName(n) !== null)
      for (const c of catches.filter((c) => linkName(c) === linkName(n))) edge(idOf(n), idOf(c));
  }
  return next;
}

function closure(starts: Iterable<string>, next: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  const pending = [...starts];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(next.get(id) ?? []));
  }
  return seen;
}

function reverse(next: Map<string, Set<string>>): Map<string, Set<string>> {
  const back = new Map([...next.keys()].map((k) => [k, new Set<string>()]));
  for (const [from, tos] of next) for (const to of tos) back.get(to)?.add(from);
  return back;
}

function checkScope(file: string, scope: Scope): DefinitionProblem[] {
  const next = graph(scope);
  const entries = scope.nodes.filter(
    (n) =>
      n.$instanceOf('bpmn:StartEvent') ||
      (n.$instanceOf('bpmn:SubProcess') && n.get('triggeredByEvent') === true),
  );
  const outgoing = new Set(scope.flows.map((f) => idOf(elementProperty(f, 'sourceRef'))));
  const ends = scope.nodes.filter((n) => !outgoing.has(idOf(n)) && linkName(n) === null);
  const reachable = closure(entries.map(idOf), next);
  const ending = closure(ends.map(idOf), reverse(next));
  const problems: DefinitionProblem[] = [];
  for (const node of scope.nodes) {
    const id = idOf(node);
    const label = `元素“${stringProperty(node, 'name') ?? id}”（${id}）`;
    if (!reachable.has(id))
      problems.push({
        file,
        elementId: id,
        reason: `${label}从开始事件不可达：没有案件会到达这里`,
        severity: 'error',
      });
    else if (!ending.has(id) && !scope.interruptible)
      problems.push({
        file,
        elementId: id,
        reason: `${label}无法到达结束事件：进入这里的案件将永远停滞`,
        severity: 'error',
      });
  }
  return problems;
}

export function checkReachability(documents: readonly BpmnDocument[]): DefinitionProblem[] {
  return documents.flatMap(({ file, definitions }) =>
    definitions ? scopes(definitions).flatMap((scope) => checkScope(file, scope)) : [],
  );
}
