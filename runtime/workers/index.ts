import type { JobWorker } from '../engine/job-worker.js';
import { createAdmissibilityWorker } from './admissibility-worker.js';
import { createAnswerWorker } from './answer-worker.js';
import { createAutoRatingWorker } from './auto-rating-worker.js';
import { createCloseWorker } from './close-worker.js';
import { createDeadlineWorker } from './deadline-worker.js';
import { createEscalationWorker } from './escalation-worker.js';
import { createNotificationWorker } from './notification-worker.js';
import { createReminderWorker } from './reminder-worker.js';
import type { WorkerDeps } from './worker-deps.js';
import { createEventWorker } from './event-worker.js';
import { createPairedOfficerWorker } from './paired-officer-worker.js';
import { createReopenWorker } from './reopen-worker.js';
import { createSlaExtensionWorker } from './sla-extension-worker.js';
import { createSlaPauseWorker } from './sla-pause-worker.js';
import { createSlaResumeWorker } from './sla-resume-worker.js';
import { createSupervisionAnswerWorker } from './supervision-worker.js';

/** Every engine-agnostic worker of the platform, keyed by job type. */
export function createWorkers(deps: WorkerDeps): JobWorker[] {
  return [
    createAdmissibilityWorker(deps),
    createDeadlineWorker(deps),
    createReminderWorker(deps),
    createEscalationWorker(deps),
    createNotificationWorker(deps),
    createAnswerWorker(deps),
    createAutoRatingWorker(deps),
    createCloseWorker(deps),
    createSlaPauseWorker(deps),
    createSlaResumeWorker(deps),
    createSlaExtensionWorker(deps),
    createReopenWorker(deps),
    createEventWorker(deps),
    createSupervisionAnswerWorker(deps),
    createPairedOfficerWorker(deps),
  ];
}

export type { WorkerDeps };
