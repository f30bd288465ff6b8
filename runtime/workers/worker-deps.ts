import type { Clock } from '../common/clock.js';
import type { MechanismCatalog } from '../cases/mechanism-catalog.js';

/** What every worker factory receives. Workers never know which engine or store adapter runs. */
export interface WorkerDeps {
  clock: Clock;
  catalog: MechanismCatalog;
}
