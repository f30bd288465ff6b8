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
  // several open tasks of one element (multi-instance): each expectation takes its own task,
  // preferring the one whose groups it names
  const unmatched = [...open];
  const sameGroups = (want: ExpectedTask, t: (typeof open)[number]) =>
    want.groups !== undefined && [...want.groups].sort().join() === [...t.candidateGroups].sort().join();
  for (const want of body.open) {
    const candidates = unmatched.filter((t) => t.elementId === want.element);
    const task = candidates.find((t) => sameGroups(want, t)) ?? candidates[0];
    if (!task) continue;
    unmatched.splice(unmatched.indexOf(task), 1);
    compareTask(want, task.candidateGroups, task.dueAt, offset);
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

export async function expectEvent(ctx: ScenarioContext, body: StepBodies['expectEvent']): Promise<void> {
  const kase = await currentCase(ctx, body.case);
  const timeline = await ctx.platform.store.events.listForCase(kase.id);
  const event = timeline.filter((e) => e.type === body.type).at(-1);
  if (!event) throw mismatch(`no '${body.type}' event on the timeline`, body.type, null);
  for (const [field, expected] of Object.entries(body.data)) {
    const actual = event.data[field] ?? null;
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw mismatch(
        `'${body.type}' event ${field}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`,
        expected,
        actual,
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
