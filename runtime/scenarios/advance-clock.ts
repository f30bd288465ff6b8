/**
 * `advance`: moves the manual clock forward through every timer due on the way, each at its own due
 * time (a reminder due Monday 09:00 fires at Monday 09:00, not at the target instant), running the
 * engine until nothing is due after each stop.
 */
import type { Platform } from '../bootstrap/platform.js';
import { mismatch, type NextDueAt, type ScenarioContext } from './scenario-context.js';
import type { StepBodies } from './scenario.js';

const HOUR_MS = 3_600_000;
const MAX_ROUNDS = 1_000;

/** The default: the Store's durable timer index (what the embedded engine sleeps on). */
export const storeNextDueAt: NextDueAt = async (platform: Platform) => {
  const next = await platform.store.engine.nextTimer();
  return next ? new Date(next.dueAt) : null;
};

export async function advance(ctx: ScenarioContext, body: StepBodies['advance']): Promise<void> {
  const target = await targetOf(ctx, body);
  const now = ctx.clock.now();
  if (target < now) {
    throw mismatch(`cannot advance backwards: now ${now.toISOString()}, target ${target.toISOString()}`);
  }
  await settle(ctx);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const due = await ctx.nextDueAt(ctx.platform);
    if (!due || due > target) break;
    if (due <= ctx.clock.now()) {
      throw mismatch(`a timer due at ${due.toISOString()} did not fire at ${ctx.clock.now().toISOString()}`);
    }
    ctx.clock.set(due);
    await settle(ctx);
  }
  ctx.clock.set(target);
  await settle(ctx);
}

/** Run due timers and jobs at the current instant until the engine reports nothing processed. */
export async function settle(ctx: ScenarioContext): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if ((await ctx.platform.engine.runDue()) === 0) return;
  }
  throw mismatch(`the engine did not settle after ${MAX_ROUNDS} rounds at ${ctx.clock.now().toISOString()}`);
}

async function targetOf(ctx: ScenarioContext, body: StepBodies['advance']): Promise<Date> {
  if (body.to !== undefined) return new Date(body.to);
  let at = ctx.clock.now();
  if (body.workingDays !== undefined) at = await startOfNthWorkingDay(ctx, at, body.workingDays);
  return new Date(at.getTime() + (body.hours ?? 0) * HOUR_MS);
}

/** dayStartsAt on the Nth working day after the local day of `from`, on the jurisdiction's calendar. */
async function startOfNthWorkingDay(ctx: ScenarioContext, from: Date, n: number): Promise<Date> {
  const { calendar, mechanism } = await ctx.platform.catalog.current(ctx.jurisdiction);
  let day = calendar.localDate(from);
  for (let i = 0; i < n; i++) day = calendar.nextWorkingDay(day);
  const localMidnight = Date.parse(`${day}T00:00:00Z`) - mechanism.calendar.utcOffsetMinutes * 60_000;
  // `day` is a working day, so the first day start after the instant before its midnight is on `day`.
  return calendar.startOfNextWorkingDay(new Date(localMidnight - 1));
}
