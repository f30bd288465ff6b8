import { stableId } from '../common/ids.js';
import { complete } from '../engine/job-worker.js';
import type { JobWorker } from '../engine/job-worker.js';
import { jobTypes } from '../definitions/job-catalogue.js';
import type { WorkerDeps } from './worker-deps.js';
import { jobEvent } from './case-event.js';

/**
 * 通知: queues a notification (template + recipient from the task headers) in the outbox, from
 * which a delivery adapter (SMS, WeChat, e-mail) sends it, and records it on the timeline.
 */
export function createNotificationWorker(deps: WorkerDeps): JobWorker {
  return {
    type: jobTypes.notify,
    inputSchema: { type: 'object', required: ['caseId', 'jurisdiction'] },
    inTurn: 'always', // reads only the job; the outbox sends after the commit
    async handler(job) {
      const at = deps.clock.now().toISOString();
      const template = job.headers.template ?? 'generic';
      const recipient = job.headers.recipient ?? 'enterprise';
      return complete(undefined, [
        {
          kind: 'outbox.add',
          record: {
            id: stableId('out', job.jobKey),
            topic: 'notification',
            payload: {
              caseId: job.businessKey,
              template,
              recipient,
              jurisdiction: String(job.variables.jurisdiction),
            },
            createdAt: at,
            deliveredAt: null,
          },
        },
        jobEvent(job, at, 'notified', { template, recipient }),
      ]);
    },
  };
}
