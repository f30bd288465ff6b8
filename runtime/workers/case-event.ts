import { timelineEvent } from '../cases/timeline-event.js';
import type { JsonObject } from '../common/json.js';
import type { Job } from '../engine/job-worker.js';
import type { Mutation } from '../store/mutations.js';

/** A timeline entry written by a worker, keyed by the job so a redelivered job writes it once. */
export function jobEvent(job: Job, at: string, type: string, data: JsonObject): Mutation {
  const kase = { id: job.businessKey, jurisdiction: String(job.variables.jurisdiction) };
  return timelineEvent({ case: kase, at, actor: 'system', type, data, key: [job.jobKey] });
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
