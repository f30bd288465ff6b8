import type { Db } from 'mongodb';
import type { AuditQuery, AuditRecord, AuditRepository } from '../audit.js';
import type { Page } from '../store.js';
import { auditDocs } from './audit-collections.js';
import { equals, Query, range } from './query.js';

export class MongoAuditRepository implements AuditRepository {
  private readonly q: Query<AuditRecord>;
  constructor(db: Db) {
    this.q = new Query(db, auditDocs);
  }

  /** Matching entries, newest first in append order. */
  list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const filter: Record<string, unknown> = {};
    equals(filter, 'jurisdiction', query.jurisdiction);
    equals(filter, 'actorId', query.actorId);
    equals(filter, 'action', query.action);
    range(filter, 'at', query.from, query.to);
    if (query.account !== undefined) filter['$or'] = [{ actorId: query.account }, { target: query.account }];
    return this.q.page(filter, { _seq: -1 }, query);
  }
}
