import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobEvent } from './case-event.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import { firstReminderAfter } from '../calendar/sla-clock.js';
import { definitionWorker, type WorkerDeps } from './worker-deps.js';

/**
 * 延期: an approved extension moves the deadline by `extensionWorkingDays` working days, within the
 * mechanism's limits (sla.maxExtensionWorkingDays per extension, sla.maxExtensions per case).
 */
export function createSlaExtensionWorker(deps: WorkerDeps): JobWorker {
  return definitionWorker(
    deps,
    jobTypes.extend,
    ['extensionWorkingDays'],
    async (job, { mechanism, calendar }) => {
      const kase = await deps.cases.get(job.businessKey);
      const days = Number(job.variables.extensionWorkingDays ?? 0);
      const granted = Number(job.variables.extensionsGranted ?? 0);
      const at = deps.clock.now().toISOString();
      const refusal = !kase?.deadlineAt
        ? 'no deadline to extend'
        : granted >= mechanism.sla.maxExtensions
          ? `at most ${mechanism.sla.maxExtensions} extension(s)`
          : !Number.isInteger(days) || days < 1 || days > mechanism.sla.maxExtensionWorkingDays
            ? `1..${mechanism.sla.maxExtensionWorkingDays} working days`
            : null;
      if (refusal || !kase?.deadlineAt) {
        return complete({ extensionGranted: false }, [
          jobEvent(job, at, 'sla.extension-refused', { reason: refusal ?? '', days }),
        ]);
      }
      const deadline = calendar.addWorkingDays(new Date(new Date(kase.deadlineAt).getTime() - 1), days);
      const deadlineAt = deadline.toISOString();
      return complete(
        {
          extensionGranted: true,
          extensionsGranted: granted + 1,
          deadlineAt,
          firstReminderAt: firstReminderAfter(calendar, deadline).toISOString(),
        },
        [
          { kind: 'case.update', id: kase.id, patch: { deadlineAt, updatedAt: at } },
          jobEvent(job, at, 'sla.extended', { days, from: kase.deadlineAt, deadlineAt }),
        ],
      );
    },
  );
}
