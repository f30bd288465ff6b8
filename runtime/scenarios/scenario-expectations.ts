/**
 * Expectation steps: read the platform through the Store port and compare with what the scenario
 * states. A difference throws an AssertionError saying what was expected and what was found.
 */
import { monthRange } from '../cases/monthly-report.js';
import type { CaseRecord } from '../store/records.js';
import { localInstant, sameInstant } from './instants.js';
import { currentCase, describeTasks, mismatch, openTasks, type ScenarioContext } from './scenario-context.js';
import type { ExpectedCase, ExpectedTask, StepBodies } from './scenario.js';

async function utcOffset(ctx: ScenarioContext): Promise<number> {
  return (await ctx.platform.catalog.current(ctx.jurisdiction)).mechanism.calendar.utcOffsetMinutes;
}

export async function expectTasks(ctx: ScenarioContext, body: StepBodies['expectTasks']): Promise<void> {
  const open = await openTasks(ctx, await currentCase(ctx, body.case));
  const expected = body.open.map((t) => t.element).sort();
  const actual = open.map((t) => t.elementId).sort();
  if (expected.join() !== actual.join()) {
    throw mismatch(
      `open tasks: expected [${expected.join(', ')}], found [${describeTasks(open)}]`,
      expected,
      actual,
    );
  }
  const offset = await utcOffset(ctx);
  for (const want of body.open) {
    const task = open.find((t) => t.elementId === want.element);
    if (task) compareTask(want, task.candidateGroups, task.dueAt, offset);
  }
}

function compareTask(want: ExpectedTask, groups: string[], dueAt: string | null, offset: number): void {
  if (want.groups && [...want.groups].sort().join() !== [...groups].sort().join()) {
    throw mismatch(
      `task '${want.element}' groups: expected [${want.groups.join(', ')}], found [${groups.join(', ')}]`,
      want.groups,
      groups,
    );
  }
  if (want.dueAt !== undefined && !sameInstant(want.dueAt, dueAt)) {
    throw mismatch(
      `task '${want.element}' dueAt: expected ${want.dueAt}, found ${localInstant(dueAt, offset)}`,
      want.dueAt,
      dueAt,
    );
  }
}

export async function expectCase(ctx: ScenarioContext, body: StepBodies['expectCase']): Promise<void> {
  const { case: ref, ...want } = body;
  const kase = await currentCase(ctx, ref);
  const offset = await utcOffset(ctx);
  for (const field of Object.keys(want) as (keyof ExpectedCase)[]) {
    const expected = want[field] ?? null;
    const actual = kase[field as keyof CaseRecord] as string | null;
    const equal = field === 'deadlineAt' ? sameInstant(expected, actual) : expected === actual;
    if (!equal) {
      const shown = field === 'deadlineAt' ? localInstant(actual, offset) : actual;
      throw mismatch(`case ${field}: expected ${show(expected)}, found ${show(shown)}`, expected, actual);
    }
  }
}

export async function expectEvents(ctx: ScenarioContext, body: StepBodies['expectEvents']): Promise<void> {
  const kase = await currentCase(ctx);
  const timeline = await ctx.platform.store.events.listForCase(kase.id);
  const offset = await utcOffset(ctx);
  for (const [type, count] of Object.entries(body)) {
    const found = timeline.filter((e) => e.type === type).length;
    if (found !== count) {
      const lines = timeline.map((e) => `    ${localInstant(e.at, offset)} ${e.type}`).join('\n');
      throw mismatch(
        `'${type}' events: expected ${count}, found ${found}; timeline:\n${lines}`,
        count,
        found,
      );
    }
  }
}

export async function expectRating(ctx: ScenarioContext, body: StepBodies['expectRating']): Promise<void> {
  const kase = await currentCase(ctx, body?.case);
  const rating = await ctx.platform.store.ratings.forCase(kase.id);
  const actual = rating ? { level: rating.level, auto: rating.auto } : null;
  const expected = body ? { level: body.level, auto: body.auto } : null;
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw mismatch(
      `rating: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`,
      expected,
      actual,
    );
  }
}

export async function expectSummary(ctx: ScenarioContext, body: StepBodies['expectSummary']): Promise<void> {
  const { month, ...want } = body;
  const { from, to } = monthRange(month, await utcOffset(ctx));
  const now = ctx.clock.now().toISOString();
  const summary = await ctx.platform.store.cases.summary(ctx.jurisdiction, from, to, now);
  for (const [field, expected] of Object.entries(want)) {
    const actual = (summary as unknown as Record<string, unknown>)[field];
    if (typeof expected === 'number') {
      if (actual !== expected)
        throw mismatch(
          `summary ${month} ${field}: expected ${expected}, found ${show(actual)}`,
          expected,
          actual,
        );
      continue;
    }
    const counts = (actual ?? {}) as Record<string, number>;
    for (const [key, n] of Object.entries(expected as Record<string, number>)) {
      const got = counts[key] ?? 0;
      if (got !== n) {
        throw mismatch(
          `summary ${month} ${field}.${key}: expected ${n}, found ${got} (all: ${JSON.stringify(counts)})`,
          n,
          got,
        );
      }
    }
  }
}

function show(value: unknown): string {
  return value === null || value === undefined ? 'null' : JSON.stringify(value);
}
