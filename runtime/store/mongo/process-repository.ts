import type { Db } from 'mongodb';
import type { DeployedProcessRecord } from '../records.js';
import type { ProcessRepository } from '../store.js';
import { processDocs } from './case-collections.js';
import { Query } from './query.js';

export class MongoProcessRepository implements ProcessRepository {
  private readonly q: Query<DeployedProcessRecord>;
  constructor(db: Db) {
    this.q = new Query(db, processDocs);
  }

  get(processKey: string): Promise<DeployedProcessRecord | null> {
    return this.q.one({ _id: processKey });
  }

  latest(processId: string): Promise<DeployedProcessRecord | null> {
    return this.q.one({ processId }, { version: -1 });
  }

  byHash(processId: string, hash: string): Promise<DeployedProcessRecord | null> {
    return this.q.one({ processId, hash }, { version: -1 });
  }
}
