import { AssertionError } from 'node:assert';
import type { Platform } from '../bootstrap/platform.js';
import type { Actor } from '../cases/actor.js';
import type { ManualClock } from '../common/clock.js';
import type { CaseRecord, TaskRecord } from '../store/records.js';
import type { Scenario } from './scenario.js';

/** Finds the next instant something is scheduled (a timer), so time moves through it in order. */
export type NextDueAt = (platform: Platform) => Promise<Date | null>;

/** What the steps of one running scenario share. */
export interface ScenarioContext {
  scenario: Scenario;
  jurisdiction: string;
  platform: Platform;
  clock: ManualClock;
  nextDueAt: NextDueAt;
  /** Case ids by submit `ref`. */
  cases: Map<string, string>;
  /** The last case submitted or named by a `case` field. */
  currentCaseId: string | null;
}

/** A failed expectation; the runner prefixes the scenario file and step index. */
export function mismatch(message: string, expected?: unknown, actual?: unknown): AssertionError {
  return new AssertionError({ message, expected, actual, operator: 'scenario' });
}

export function actor(ctx: ScenarioContext, name: string): Actor {
  const spec = ctx.scenario.actors[name];
  if (!spec) throw mismatch(`no actor '${name}'`);
  return {
    id: name,
    displayName: name,
    roles: spec.roles,
    groups: spec.groups,
    jurisdiction: ctx.jurisdiction,
    enterpriseId: spec.enterpriseId ?? null,
  };
}

/** The case a step works on: the one named by `ref` (which then becomes current), else the current one. */
export async function currentCase(ctx: ScenarioContext, ref?: string): Promise<CaseRecord> {
  if (ref !== undefined) {
    const id = ctx.cases.get(ref);
    if (!id) throw mismatch(`no case submitted with ref '${ref}'`);
    ctx.currentCaseId = id;
  }
  if (!ctx.currentCaseId) throw mismatch('no case has been submitted yet');
  const found = await ctx.platform.store.cases.get(ctx.currentCaseId);
  if (!found) throw mismatch(`case ${ctx.currentCaseId} is not in the store`);
  return found;
}

export async function openTasks(ctx: ScenarioContext, kase: CaseRecord): Promise<TaskRecord[]> {
  const page = await ctx.platform.store.tasks.list({
    jurisdiction: kase.jurisdiction,
    caseId: kase.id,
    status: 'open',
    limit: 500,
  });
  return page.items;
}

/** The single open task of a BPMN element on the case (among those of `group`, when given). */
export async function openTaskOf(
  ctx: ScenarioContext,
  kase: CaseRecord,
  element: string,
  group?: string,
): Promise<TaskRecord> {
  const open = await openTasks(ctx, kase);
  const matching = open.filter(
    (t) => t.elementId === element && (group === undefined || t.candidateGroups.includes(group)),
  );
  if (matching.length === 1) return matching[0] as TaskRecord;
  const which = group === undefined ? `'${element}'` : `'${element}' task of group '${group}'`;
  throw mismatch(
    `expected one open ${which} task, found ${matching.length} (open: ${describeTasks(open)})`,
    element,
    open.map((t) => t.elementId),
  );
}

export function describeTasks(tasks: TaskRecord[]): string {
  const one = (t: TaskRecord) => `${t.elementId}[${t.candidateGroups.join(',')}]`;
  return tasks.length ? tasks.map(one).join(', ') : 'none';
}
