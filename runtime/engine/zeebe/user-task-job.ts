import type { UserTaskCreated } from '../engine.js';

/** The job type Zeebe (8.5) gives job-based user tasks. */
export const userTaskJobType = 'io.camunda.zeebe:userTask';

const header = (name: string) => `io.camunda.zeebe:${name}`;

/** Task ids carry the Zeebe job key, so completing from the inbox needs no lookup table. */
export function taskIdFor(jobKey: string): string {
  return `task_zb${jobKey}`;
}

export function jobKeyOf(taskId: string): string | null {
  const match = /^task_zb(\d+)$/.exec(taskId);
  return match ? (match[1] as string) : null;
}

export interface UserTaskJob {
  key: string;
  elementId: string;
  customHeaders: Record<string, string>;
}

function list(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // a plain comma-separated value
  }
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A job of a job-based user task, as the engine port's user task (headers hold what Zeebe
 * evaluated). Its JOB CREATED record carries no variables: the task reads the case, not the job.
 */
export function userTaskFromJob(
  job: UserTaskJob,
  owner: { instanceKey: string; businessKey: string },
  elementName: string,
): UserTaskCreated {
  const h = job.customHeaders;
  const due = h[header('dueDate')];
  return {
    taskId: taskIdFor(job.key),
    instanceKey: owner.instanceKey,
    businessKey: owner.businessKey,
    elementId: job.elementId,
    name: elementName,
    formKey: h[header('formKey')] ?? null,
    candidateGroups: list(h[header('candidateGroups')]),
    assignee: h[header('assignee')] ?? null,
    dueDate: due ? new Date(due).toISOString() : null,
    variables: {},
  };
}
