import type { Db } from 'mongodb';
import type { SupervisionOrderRecord } from '../records.js';
import type { Page, SupervisionQuery, SupervisionRepository } from '../store.js';
import { equals, Query } from './query.js';
import { supervisionDocs } from './supervision-collections.js';

export class MongoSupervisionRepository implements SupervisionRepository {
  private readonly q: Query<SupervisionOrderRecord>;
  constructor(db: Db) {
    this.q = new Query(db, supervisionDocs);
  }

  get(id: string): Promise<SupervisionOrderRecord | null> {
    return this.q.one({ _id: id });
  }

  forCase(caseId: string): Promise<SupervisionOrderRecord[]> {
    return this.q.many({ caseId }, { issuedAt: 1, _id: 1 });
  }

  /** `overdueAt`: open and due strictly before it; an empty `targetGroups` list matches nothing. */
  list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>> {
    const filter: Record<string, unknown> = { jurisdiction: query.jurisdiction };
    equals(filter, 'status', query.status);
    equals(filter, 'kind', query.kind);
    if (query.targetGroups !== undefined) filter['targetGroup'] = { $in: query.targetGroups };
    if (query.overdueAt !== undefined) {
      if (query.status !== undefined && query.status !== 'open') filter['_id'] = { $in: [] };
      filter['status'] = 'open';
      filter['dueAt'] = { $lt: query.overdueAt };
    }
    return this.q.page(filter, { issuedAt: -1, _id: -1 }, query);
  }
}
