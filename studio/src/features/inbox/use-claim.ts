import { useState } from 'react';
import { taskApi } from '../../api/task-client';
import type { Task } from '../../api/types';

/** Claims or releases a task, remembering which row is busy and the last error. */
export function useClaim(onDone: () => void) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = (call: (id: string) => Promise<Task>) => (task: Task) => {
    setBusyId(task.id);
    setError(null);
    call(task.id)
      .then(onDone, setError)
      .finally(() => setBusyId(null));
  };
  return { busyId, error, claim: run(taskApi.claim), unclaim: run(taskApi.unclaim) };
}
