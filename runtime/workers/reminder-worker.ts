import { complete, fail } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { firstReminderAfter } from '../calendar/sla-clock.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';

/**
 * 催办 reminder: once the handling deadline has passed, urge the handling unit every
 * `intervalWorkingDays` working days and record each urging; after `maxBeforeEscalation` urgings
 * without result, signal escalation (e.g. 第十一条) — or, when the policy names no escalation tier
 * or the case already sits at it, stop urging (`urgingStopped`): nothing is urged for ever. Cases at
 * a tier `reminder.tiers` does not name are not urged at all (第十一条 "需要区级部门协调解决的诉求").
 * The deadline is read from the case, so an extension (延期) or a paused clock defers urging.
 */
export function createReminderWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(
    deps,
    jobTypes.remind,
    ['urgeCount', 'tier'],
    async (job, { mechanism, calendar }) => {
      const policy = mechanism.reminder;
      if (!policy) return fail(`${mechanism.id} has no reminder policy (mechanism.reminder is null)`, false);
      const now = deps.clock.now();
      const at = now.toISOString();
      const kase = await deps.cases.get(job.businessKey);
      const tier = kase?.tier ?? String(job.variables.tier);
      const count = Number(job.variables.urgeCount ?? 0);
      if (policy.tiers && !policy.tiers.includes(tier))
        return complete({ escalate: false, urgingStopped: true }, [
          jobEvent(job, at, 'urging.not-applicable', { tier }),
        ]);
      if (kase?.slaPausedAt) {
        return complete({
          escalate: false,
          nextReminderAt: calendar.startOfNextWorkingDay(now).toISOString(),
        });
      }
      if (kase?.deadlineAt && at < kase.deadlineAt) {
        const next = firstReminderAfter(calendar, new Date(kase.deadlineAt)).toISOString();
        return complete({ escalate: false, nextReminderAt: next });
      }
      const order = (id: string) => mechanism.tiers.find((t) => t.id === id)?.order ?? 0;
      const top = policy.escalateToTier;
      if (count >= policy.maxBeforeEscalation) {
        const escalate = top !== null && order(tier) < order(top);
        return complete({ escalate, urgingStopped: !escalate }, [
          jobEvent(job, at, 'urging.exhausted', { urgings: count, escalated: escalate }),
        ]);
      }
      let next = now;
      for (let i = 0; i < policy.intervalWorkingDays; i++) next = calendar.startOfNextWorkingDay(next);
      const urged = count + 1;
      return complete({ urgeCount: urged, escalate: false, nextReminderAt: next.toISOString() }, [
        jobEvent(job, at, 'urged', { count: urged, tier, groups: job.variables.handlerGroups ?? [] }),
        { kind: 'case.update', id: job.businessKey, patch: { updatedAt: at } },
      ]);
    },
  );
}
