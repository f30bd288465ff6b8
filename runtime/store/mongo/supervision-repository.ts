import type { Db } from 'mongodb';
import type { SupervisionOrderRecord } from '../records.js';
import type { Page, SupervisionQuery, SupervisionRepository } from '../store.js';
import { CaseDocRepository, jurisdictionFilter } from './query.js';
import { supervisionDocs } from './supervision-collections.js';

/** 督办单 by id, a case's in issue order, and lists. */
export class MongoSupervisionRepository
  extends CaseDocRepository<SupervisionOrderRecord>
  implements SupervisionRepository
{
  constructor(db: Db) {
    super(db, supervisionDocs, { issuedAt: 1, _id: 1 });
  }

  /** `overdueAt`: open and due strictly before it; an empty `targetGroups` list matches nothing. */
  list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>> {
    const filter = jurisdictionFilter(query, ['status', 'kind']);
    if (query.targetGroups !== undefined) filter['targetGroup'] = { $in: query.targetGroups };
    if (query.overdueAt !== undefined) {
      if (query.status !== undefined && query.status !== 'open') filter['_id'] = { $in: [] };
      filter['status'] = 'open';
      filter['dueAt'] = { $lt: query.overdueAt };
    }
    return this.q.page(filter, { issuedAt: -1, _id: -1 }, query);
  }
}
