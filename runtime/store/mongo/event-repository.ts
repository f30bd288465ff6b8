import type { Db } from 'mongodb';
import type { CaseEventRecord } from '../records.js';
import type { CaseEventRepository } from '../store.js';
import { eventDocs } from './case-collections.js';
import { Query } from './query.js';

export class MongoCaseEventRepository implements CaseEventRepository {
  private readonly q: Query<CaseEventRecord>;
  constructor(db: Db) {
    this.q = new Query(db, eventDocs);
  }

  /** The case's timeline: by time, then in append order. */
  listForCase(caseId: string): Promise<CaseEventRecord[]> {
    return this.q.many({ caseId }, { at: 1, _seq: 1 });
  }
}
