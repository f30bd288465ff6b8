/**
 * Action steps: what actors do, through the case service only (as the HTTP API would). Each one
 * lets the engine settle afterwards, so an engine that runs jobs asynchronously catches up.
 */
import { isDomainError } from '../common/errors.js';
import { settle } from './advance-clock.js';
import { policyPushActions } from './scenario-policy-push.js';
import { actor, currentCase, mismatch, openTaskOf, type ScenarioContext } from './scenario-context.js';
import { stepBody, stepKind, type ActionBodies, type ActionKind, type ActionStep } from './scenario.js';

type ActionHandlers = { [K in ActionKind]: (ctx: ScenarioContext, body: ActionBodies[K]) => Promise<void> };

export const actionHandlers: ActionHandlers = {
  async submit(ctx, body) {
    const submitted = await ctx.platform.cases.submit(
      { jurisdiction: ctx.jurisdiction, channel: body.channel, title: body.title, data: body.data },
      actor(ctx, body.as),
    );
    ctx.currentCaseId = submitted.id;
    if (body.ref !== undefined) ctx.cases.set(body.ref, submitted.id);
  },
  async complete(ctx, body) {
    const task = await openTaskOf(ctx, await currentCase(ctx, body.case), body.task, body.group);
    await ctx.platform.tasks.complete(task.id, body.data, actor(ctx, body.as));
  },
  async claim(ctx, body) {
    const task = await openTaskOf(ctx, await currentCase(ctx, body.case), body.task, body.group);
    await ctx.platform.tasks.claim(task.id, actor(ctx, body.as));
  },
  async supplement(ctx, body) {
    const kase = await currentCase(ctx, body.case);
    await ctx.platform.cases.supplement(kase.id, body.data, actor(ctx, body.as));
  },
  async rate(ctx, body) {
    const kase = await currentCase(ctx, body.case);
    const input = { level: body.level, stars: body.stars, comment: body.comment ?? null };
    await ctx.platform.cases.rate(kase.id, input, actor(ctx, body.as));
  },
  async supervise(ctx, body) {
    const kase = await currentCase(ctx, body.case);
    const { as, case: _ref, ...order } = body;
    await ctx.platform.supervision.issue(kase.id, order, actor(ctx, as));
  },
  async revisit(ctx, body) {
    const kase = await currentCase(ctx, body.case);
    const { as, case: _ref, ...record } = body;
    await ctx.platform.supervision.revisit(kase.id, record, actor(ctx, as));
  },
  ...policyPushActions,
};

export async function runAction(ctx: ScenarioContext, step: ActionStep): Promise<void> {
  const kind = stepKind(step);
  const handler = actionHandlers[kind] as (ctx: ScenarioContext, body: unknown) => Promise<void>;
  await handler(ctx, stepBody(step, kind));
  await settle(ctx);
}

/** `expectError`: the action must fail with a domain error of exactly this code. */
export async function expectError(
  ctx: ScenarioContext,
  body: { step: ActionStep; code: string },
): Promise<void> {
  const kind = stepKind(body.step);
  try {
    await runAction(ctx, body.step);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === body.code) return;
    const details = error.details.map((d) => `${d.path} ${d.reason}`).join('; ');
    throw mismatch(
      `${kind} failed with code '${error.code}' (${error.message}${details ? `: ${details}` : ''}), expected '${body.code}'`,
      body.code,
      error.code,
    );
  }
  throw mismatch(`${kind} succeeded, expected it to fail with code '${body.code}'`, body.code, 'success');
}
