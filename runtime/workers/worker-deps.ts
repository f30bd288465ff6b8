import type { Clock } from '../common/clock.js';
import type { MechanismCatalog } from '../cases/mechanism-catalog.js';
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
