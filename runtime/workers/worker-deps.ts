import type { Clock } from '../common/clock.js';
import type { ActiveMechanism, MechanismCatalog } from '../cases/mechanism-catalog.js';
import type { Job, JobOutcome, JobWorker } from '../engine/job-worker.js';
import type { CaseRepository, DirectoryRepository } from '../store/store.js';

/** What every worker factory receives. Workers never know which engine or store adapter runs. */
export interface WorkerDeps {
  clock: Clock;
  catalog: MechanismCatalog;
  /** Read access to cases (the SLA state lives on the case); writes go back as job effects. */
  cases: CaseRepository;
  /** Read access to staff and pairings (结对), e.g. to assign an enterprise's own officer. */
  directory: DirectoryRepository;
}

/**
 * A worker whose job runs on the case's definition: its input must carry the jurisdiction and the
 * definition version (what `catalog.forVariables` reads), and the handler gets that definition.
 */
export function definitionWorker(
  deps: WorkerDeps,
  type: string,
  required: readonly string[],
  handler: (job: Job, active: ActiveMechanism) => Promise<JobOutcome>,
): JobWorker {
  return {
    type,
    inputSchema: { type: 'object', required: [...required, 'jurisdiction', 'definitionVersion'] },
    handler: async (job) => handler(job, await deps.catalog.forVariables(job.variables)),
  };
}
