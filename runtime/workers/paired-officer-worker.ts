import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import type { WorkerDeps } from './worker-deps.js';
import { jobEvent, str } from './case-event.js';

/**
 * 一对一 / 一对多 结对服务: finds the staff member paired with the case's enterprise (directory
 * pairings) who works in one of the case's `handlerGroups`, and outputs them as `pairedOfficer` for
 * the handling task's `assignee`. No pairing (or no enterprise): `pairedOfficer` is null and the task
 * stays with its candidate groups. Several paired staff in the line: the first by id, so re-running
 * the job picks the same person.
 */
export function createPairedOfficerWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.assignPaired,
    inputSchema: {
      type: 'object',
      required: ['jurisdiction'],
      properties: { handlerGroups: { type: 'array', items: { type: 'string' } } },
    },
    async handler(job) {
      const kase = await deps.cases.get(job.businessKey);
      const jurisdiction = str(job.variables.jurisdiction) ?? kase?.jurisdiction ?? '';
      const enterpriseId = kase?.enterpriseId ?? null;
      if (enterpriseId === null) return complete({ pairedOfficer: null });
      const lineGroups = Array.isArray(job.variables.handlerGroups)
        ? new Set(job.variables.handlerGroups.filter((g): g is string => typeof g === 'string'))
        : null;
      const staffIds = (await deps.directory.pairings(jurisdiction))
        .filter((p) => p.enterpriseId === enterpriseId)
        .map((p) => p.staffId)
        .sort();
      for (const staffId of staffIds) {
        const staff = await deps.directory.user(staffId);
        if (!staff || staff.jurisdiction !== jurisdiction) continue;
        if (lineGroups && !staff.groups.some((g) => lineGroups.has(g))) continue;
        const at = deps.clock.now().toISOString();
        return complete({ pairedOfficer: staff.id }, [
          jobEvent(job, at, 'paired.assigned', { staffId: staff.id, enterpriseId }),
        ]);
      }
      return complete({ pairedOfficer: null });
    },
  };
}
