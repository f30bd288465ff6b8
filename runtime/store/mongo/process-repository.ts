import type { Db } from 'mongodb';
import type { DeployedProcessRecord } from '../records.js';
import type { ProcessRepository } from '../store.js';
import { processDocs } from './case-collections.js';
import { DocRepository } from './query.js';

/** Deployed processes by key (`get`), latest version or content hash. */
export class MongoProcessRepository
  extends DocRepository<DeployedProcessRecord>
  implements ProcessRepository
{
  constructor(db: Db) {
    super(db, processDocs);
  }

  latest(processId: string): Promise<DeployedProcessRecord | null> {
    return this.q.one({ processId }, { version: -1 });
  }

  byHash(processId: string, hash: string): Promise<DeployedProcessRecord | null> {
    return this.q.one({ processId, hash }, { version: -1 });
  }
}
