import { complete, fail } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';
import { jobEvent, str } from './case-event.js';
import { firstReminderAfter } from '../calendar/sla-clock.js';

/**
 * SLA: the working-day deadline of the chosen request class (第十条: 1/5/10/15 个工作日), the tier
 * and groups that handle it, when the 预警 mark falls due (sla.warnWorkingDaysBefore; null when not
 * configured or already past) and when the first 催办 reminder falls due if it is missed.
 * A class without a limit (`workingDays: null`, e.g. 苏州 "及时高效响应") gets no deadline, no 预警
 * and no reminder time: nothing counts down and it is never 超期.
 *
 * Header `countFrom`: `receipt` (default: from receipt, or from when supplementary materials made
 * the request complete) or `now` (a clock that starts at this step: a 12345 dispatch, a 二次交办).
 */
export function createDeadlineWorker(deps: WorkerDeps): JobWorker {
  const worker = definitionWorker(deps, jobTypes.deadline, ['requestClass'], async (job, active) => {
    const { mechanism, calendar } = active;
    const cls = mechanism.requestClasses.find((c) => c.id === job.variables.requestClass);
    if (!cls) return fail(`unknown request class '${String(job.variables.requestClass)}'`, false);
    const tier = mechanism.tiers.find((t) => t.id === cls.tier);
    if (!tier) return fail(`request class '${cls.id}' names unknown tier '${cls.tier}'`, false);
    const now = deps.clock.now();
    const countFrom = job.headers.countFrom ?? 'receipt';
    if (countFrom !== 'receipt' && countFrom !== 'now')
      return fail(`header countFrom must be 'receipt' or 'now', got '${countFrom}'`, false);
    // 接到企业诉求后: the limit runs from receipt (or from when supplementary materials made the
    // request complete), not from when the office got round to classifying it.
    const receivedAt =
      countFrom === 'now'
        ? now.toISOString()
        : (str(job.variables.slaStartAt) ??
          (await deps.cases.get(job.businessKey))?.createdAt ??
          now.toISOString());
    const deadline =
      cls.workingDays === null ? null : calendar.addWorkingDays(new Date(receivedAt), cls.workingDays);
    const firstReminder = deadline && firstReminderAfter(calendar, deadline);
    const warning = deadline && calendar.warningStartsAt(deadline, mechanism.sla.warnWorkingDaysBefore);
    const warnAt = warning && warning.getTime() > now.getTime() ? warning.toISOString() : null;
    const groups = [
      tier.group,
      ...mechanism.groups.filter((g) => g.tier === tier.id && g.id !== tier.group).map((g) => g.id),
    ];
    const deadlineAt = deadline?.toISOString() ?? null;
    return complete(
      {
        deadlineAt,
        warnAt,
        ...(countFrom === 'now' ? { slaStartAt: receivedAt } : {}),
        firstReminderAt: firstReminder?.toISOString() ?? null,
        deadlineWorkingDays: cls.workingDays,
        tier: tier.id,
        handlerGroups: groups,
        urgeCount: 0,
        escalate: false,
        urgingStopped: false,
      },
      [
        {
          kind: 'case.update',
          id: job.businessKey,
          patch: {
            requestClass: cls.id,
            tier: tier.id,
            deadlineAt,
            deadlineWorkingDays: cls.workingDays,
            updatedAt: now.toISOString(),
          },
        },
        jobEvent(job, now.toISOString(), 'classified', {
          requestClass: cls.id,
          tier: tier.id,
          deadlineAt,
          workingDays: cls.workingDays,
          // where the working days are counted from, so a changed calendar can count them again
          slaStartAt: receivedAt,
          ...(cls.workingDays === null && cls.limitWording ? { limitWording: cls.limitWording } : {}),
        }),
      ],
    );
  });
  // reads the case's createdAt only (immutable once the instance's first step is committed)
  return { ...worker, inTurn: 'afterStart' };
}
