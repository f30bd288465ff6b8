import type { JsonObject } from '../../common/json.js';
import type { ElementMapping, MigrationCheck, MigrationProblem, MigrationRequest } from '../engine.js';
import { feelReads } from '../../expressions/feel-reads.js';
import type { ElementModel, ProcessModel } from './process-model.js';

export interface PlanInput {
  source: ProcessModel;
  target: ProcessModel;
  /** Ids of the elements active in the instance (wait states, their boundary events, scopes). */
  active: readonly string[];
  mappings?: readonly ElementMapping[];
  variables: JsonObject;
  formFields?: Record<string, string[]>;
}

export interface MigrationPlan {
  /** Source element id -> target element id, for every active element. */
  moves: Map<string, string>;
  problems: MigrationProblem[];
}

/**
 * A migration request planned for an instance (both engines' `planMigration`): its mappings and form
 * fields over the instance's active elements and variables; the active elements named for the check.
 */
export function planRequest(
  request: MigrationRequest,
  instance: Pick<PlanInput, 'source' | 'target' | 'active' | 'variables'>,
): MigrationPlan & Pick<MigrationCheck, 'activeElements'> {
  const { moves, problems } = planMigration({
    ...instance,
    mappings: request.mappings ?? [],
    ...(request.formFields ? { formFields: request.formFields } : {}),
  });
  const { source, active } = instance;
  const activeElements = active.map((id) => ({ elementId: id, name: source.elements.get(id)?.name ?? id }));
  return { moves, problems, activeElements };
}

const isGateway = (el: ElementModel | undefined) => el?.type.endsWith('Gateway') === true;
const isBoundary = (el: ElementModel) => el.type === 'bpmn:BoundaryEvent';

/**
 * Validates a migration of one instance, the way Camunda 7 validates a migration plan per activity
 * instance and Zeebe refuses a MigrateProcessInstance command: every active element needs a target
 * of the same type in the same (mapped) scope; multi-instance bodies and called processes must not
 * change; event sub-processes do not move; an active task gains no boundary event it would never
 * listen to; and the conditions right after an active user task must find their variables in the
 * case or in that task's form.
 */
export function planMigration(input: PlanInput): MigrationPlan {
  const { source, target } = input;
  const problems: MigrationProblem[] = [];
  const add = (elementId: string, code: string, reason: string) => problems.push({ elementId, code, reason });
  const mapped = new Map((input.mappings ?? []).map((m) => [m.from, m.to]));
  for (const [from, to] of mapped) {
    if (!source.elements.has(from))
      add(from, 'mapping_unknown', `mapping from ${from}: no such element in the source`);
    if (!target.elements.has(to))
      add(from, 'mapping_unknown', `mapping to ${to}: no such element in the target`);
  }
  const to = (id: string | null) => (id === null ? null : (mapped.get(id) ?? id));
  const moves = new Map<string, string>();
  for (const id of new Set(input.active)) {
    const s = source.elements.get(id);
    const t = target.elements.get(to(id) as string);
    if (!s) continue;
    moves.set(id, to(id) as string);
    if (!t) {
      add(id, 'missing_in_target', `${s.name} (${id}) does not exist in the target and is not mapped`);
      continue;
    }
    problems.push(...elementProblems(s, t, to, input));
  }
  problems.push(...addedBoundaries(input, moves));
  return { moves, problems };
}

function elementProblems(
  s: ElementModel,
  t: ElementModel,
  to: (id: string | null) => string | null,
  input: PlanInput,
): MigrationProblem[] {
  const out: MigrationProblem[] = [];
  const add = (code: string, reason: string) => out.push({ elementId: s.id, code, reason });
  if (s.type !== t.type) add('type_changed', `${s.name}: ${s.type} cannot become ${t.type}`);
  if (to(s.scope) !== t.scope) add('scope_changed', `${s.name}: its sub-process scope changes`);
  if (JSON.stringify(s.loop) !== JSON.stringify(t.loop))
    add('multi_instance_changed', `${s.name}: its multi-instance characteristics change`);
  if (inEventSubProcess(s, input.source) || inEventSubProcess(t, input.target) || s.eventSubProcess)
    add('event_subprocess', `${s.name}: active elements of event sub-processes do not move`);
  if (
    isBoundary(s) &&
    (to(s.attachedTo) !== t.attachedTo || s.timer !== t.timer || !!s.messageId !== !!t.messageId)
  )
    add('attachment_changed', `${s.name}: the boundary event changes its activity or kind`);
  if (s.calledProcessId !== t.calledProcessId)
    add('called_process_changed', `${s.name}: the called process changes (its running child cannot follow)`);
  if (t.type === 'bpmn:UserTask') {
    const known = new Set([...Object.keys(input.variables), ...(input.formFields?.[t.formKey ?? ''] ?? [])]);
    for (const v of conditionsAfter(t, input.target).flatMap(variablesRead))
      if (!known.has(v))
        add('variable_missing', `${t.name}: the target's conditions read ${v}, which the case lacks`);
  }
  return out;
}

/** The variables a condition reads (`=decision = "refuse"` → `decision`); a static value reads none. */
function variablesRead(expression: string): string[] {
  if (!expression.startsWith('=')) return [];
  return [...new Set((feelReads(expression.slice(1)) ?? []).map((r) => r.name))];
}

function inEventSubProcess(el: ElementModel, model: ProcessModel): boolean {
  for (let scope = el.scope; scope; scope = model.elements.get(scope)?.scope ?? null)
    if (model.elements.get(scope)?.eventSubProcess) return true;
  return false;
}

/** Conditions of the flows leaving `el`, through gateways, up to the next activity or event. */
function conditionsAfter(el: ElementModel, model: ProcessModel): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (node: ElementModel) => {
    for (const flow of node.outgoing) {
      if (flow.condition) out.push(flow.condition);
      const next = model.elements.get(flow.target);
      if (next && isGateway(next) && !seen.has(next.id)) {
        seen.add(next.id);
        visit(next);
      }
    }
  };
  visit(el);
  return [...new Set(out)];
}

/** A boundary event the target attaches to a moved activity, which no active boundary becomes. */
function addedBoundaries(input: PlanInput, moves: Map<string, string>): MigrationProblem[] {
  const movedTo = new Set(moves.values());
  const out: MigrationProblem[] = [];
  for (const [from, toId] of moves) {
    if (isBoundary(input.source.elements.get(from) as ElementModel)) continue;
    for (const b of input.target.elements.values())
      if (b.attachedTo === toId && isBoundary(b) && !movedTo.has(b.id))
        out.push({
          elementId: from,
          code: 'boundary_added',
          reason: `${b.name}: the target adds a boundary event to an active activity`,
        });
  }
  return out;
}
