import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import * as Elements from 'bpmn-elements';
import Serializer, { TypeResolver } from 'moddle-context-serializer';
import { DefinitionError } from '../../common/errors.js';
import { sharedSource } from './shared-source.js';

const require = createRequire(import.meta.url);
const zeebeModdle = require('zeebe-bpmn-moddle/resources/zeebe.json') as object;

export interface Mapping {
  source: string;
  target: string;
}

/** `bpmn:multiInstanceLoopCharacteristics` with its `zeebe:loopCharacteristics`. */
export interface LoopModel {
  sequential: boolean;
  /** FEEL yielding the list to iterate over, evaluated when the multi-instance body activates. */
  inputCollection: string;
  /** Iteration-local variable holding the item. */
  inputElement: string | null;
  /** Body-local list (nulls at first) propagated to the parent scope when the body completes. */
  outputCollection: string | null;
  /** FEEL evaluated in the iteration's scope when it completes; stored at its index. */
  outputElement: string | null;
}

/**
 * What bpmn-elements' loop resolves as its collection: the adapter answers with the list it
 * evaluated (once, when the body activated) and keeps durably, so recovery iterates the same items.
 */
export const loopCollectionMarker = '\u0000loop-collection';

/** What the adapter needs to know of one BPMN element, read once per deployed process. */
export interface ElementModel {
  id: string;
  type: string;
  name: string;
  jobType: string | null;
  retries: number;
  headers: Record<string, string>;
  formKey: string | null;
  candidateGroups: string | undefined;
  assignee: string | undefined;
  dueDate: string | undefined;
  inputs: Mapping[];
  outputs: Mapping[];
  /** Message this element waits for (catch event, boundary, receive task). */
  messageId: string | null;
  /** Call activity: the process it starts (`zeebe:calledElement processId`). */
  calledProcessId: string | null;
  /** Call activity: copy every child variable back on completion (Zeebe default: true). */
  propagateAllChildVariables: boolean;
  /** Multi-instance marker, or null. */
  loop: LoopModel | null;
  /** The enclosing (event) sub-process, or null at the process level. */
  scope: string | null;
  /** Boundary event: the activity it is attached to. */
  attachedTo: string | null;
  /** Timer event (catch or boundary). */
  timer: boolean;
  /** Sub-process started by an event (`triggeredByEvent`). */
  eventSubProcess: boolean;
  /** Outgoing sequence flows: target element and FEEL condition (null: unconditional or default). */
  outgoing: { target: string; condition: string | null }[];
}

export interface MessageModel {
  id: string;
  name: string;
  correlationKey: string;
}

/** A parsed, serialized process, shared by every instance of that deployed version. */
export interface ProcessModel {
  processId: string;
  /** The id of the `bpmn:definitions` root. */
  definitionsId: string;
  sourceContext: unknown;
  elements: Map<string, ElementModel>;
  messages: Map<string, MessageModel>;
}

interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

const moddle = new BpmnModdle({ zeebe: zeebeModdle });

function ext(el: ModdleElement, type: string): ModdleElement | undefined {
  const values = (el.extensionElements as { values?: ModdleElement[] } | undefined)?.values ?? [];
  return values.find((v) => v.$type === type);
}

function mappings(list: unknown): Mapping[] {
  return ((list as ModdleElement[] | undefined) ?? []).map((p) => ({
    source: String(p.source ?? ''),
    target: String(p.target ?? ''),
  }));
}

function elementModel(el: ModdleElement, scope: string | null): ElementModel {
  const task = ext(el, 'zeebe:TaskDefinition');
  const io = ext(el, 'zeebe:IoMapping');
  const assignment = ext(el, 'zeebe:AssignmentDefinition');
  const schedule = ext(el, 'zeebe:TaskSchedule');
  const called = ext(el, 'zeebe:CalledElement');
  const headers = ((ext(el, 'zeebe:TaskHeaders')?.values as ModdleElement[] | undefined) ?? []).map(
    (h) => [String(h.key), String(h.value)] as const,
  );
  const messageDef = ((el.eventDefinitions as ModdleElement[] | undefined) ?? []).find(
    (d) => d.$type === 'bpmn:MessageEventDefinition',
  );
  const messageRef = (messageDef?.messageRef ?? el.messageRef) as ModdleElement | undefined;
  const definitions = (el.eventDefinitions as ModdleElement[] | undefined) ?? [];
  return {
    id: String(el.id),
    type: el.$type,
    name: String(el.name ?? el.id),
    jobType: task ? String(task.type) : null,
    retries: task?.retries ? Number(task.retries) : 3,
    headers: Object.fromEntries(headers),
    formKey: (ext(el, 'zeebe:FormDefinition')?.formKey as string | undefined) ?? null,
    candidateGroups: assignment?.candidateGroups as string | undefined,
    assignee: assignment?.assignee as string | undefined,
    dueDate: schedule?.dueDate as string | undefined,
    inputs: mappings(io?.inputParameters),
    outputs: mappings(io?.outputParameters),
    messageId: messageRef?.id ?? null,
    calledProcessId: (called?.processId as string | undefined) ?? null,
    propagateAllChildVariables: called?.propagateAllChildVariables !== false,
    loop: loopModel(el),
    scope,
    attachedTo: (el.attachedToRef as ModdleElement | undefined)?.id ?? null,
    timer: definitions.some((d) => d.$type === 'bpmn:TimerEventDefinition'),
    eventSubProcess: el.triggeredByEvent === true,
    outgoing: [],
  };
}

function optional(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Reads the Zeebe loop and points bpmn-elements' collection at the adapter's durable list. */
function loopModel(el: ModdleElement): LoopModel | null {
  const loop = el.loopCharacteristics as ModdleElement | undefined;
  if (loop?.$type !== 'bpmn:MultiInstanceLoopCharacteristics') return null;
  const zeebe = ext(loop, 'zeebe:LoopCharacteristics');
  if (!zeebe) throw new DefinitionError(`multi-instance '${String(el.id)}' has no zeebe:loopCharacteristics`);
  loop.collection = loopCollectionMarker;
  return {
    sequential: loop.isSequential === true,
    inputCollection: String(zeebe.inputCollection ?? ''),
    inputElement: optional(zeebe.inputElement),
    outputCollection: optional(zeebe.outputCollection),
    outputElement: optional(zeebe.outputElement),
  };
}

function walk(el: ModdleElement, out: Map<string, ElementModel>, scope: string | null = null): void {
  const flows = (el.flowElements as ModdleElement[] | undefined) ?? [];
  for (const child of flows) {
    out.set(String(child.id), elementModel(child, scope));
    if (child.flowElements) walk(child, out, String(child.id));
  }
  for (const flow of flows.filter((f) => f.$type === 'bpmn:SequenceFlow')) {
    const source = out.get(String((flow.sourceRef as ModdleElement | undefined)?.id));
    const condition = (flow.conditionExpression as ModdleElement | undefined)?.body;
    source?.outgoing.push({
      target: String((flow.targetRef as ModdleElement | undefined)?.id),
      condition: typeof condition === 'string' ? condition : null,
    });
  }
}

/** Parse a Zeebe-dialect BPMN file once: the element models and bpmn-engine's serialized source. */
export async function compileProcessModel(
  xml: string,
  behaviours: Record<string, unknown> = Elements as Record<string, unknown>,
): Promise<ProcessModel> {
  let parsed: { rootElement: ModdleElement };
  try {
    parsed = (await moddle.fromXML(xml)) as unknown as { rootElement: ModdleElement };
  } catch (e) {
    throw new DefinitionError(`BPMN does not parse: ${(e as Error).message}`);
  }
  const roots = (parsed.rootElement.rootElements as ModdleElement[] | undefined) ?? [];
  const process = roots.find((r) => r.$type === 'bpmn:Process' && r.isExecutable !== false);
  if (!process?.id) throw new DefinitionError('BPMN has no executable process');
  const elements = new Map<string, ElementModel>();
  walk(process, elements);
  const messages = new Map<string, MessageModel>();
  for (const m of roots.filter((r) => r.$type === 'bpmn:Message')) {
    const sub = ext(m, 'zeebe:Subscription');
    messages.set(String(m.id), {
      id: String(m.id),
      name: String(m.name ?? m.id),
      correlationKey: String(sub?.correlationKey ?? ''),
    });
  }
  const sourceContext = sharedSource(Serializer(parsed as never, TypeResolver(behaviours)));
  return {
    processId: process.id,
    definitionsId: String(parsed.rootElement.id ?? ''),
    sourceContext,
    elements,
    messages,
  };
}
