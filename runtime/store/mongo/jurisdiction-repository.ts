import type { Db } from 'mongodb';
import type { JurisdictionRecord, JurisdictionRepository } from '../jurisdictions.js';
import { jurisdictionDocs } from './jurisdiction-collections.js';
import { Query } from './query.js';

export class MongoJurisdictionRepository implements JurisdictionRepository {
  private readonly q: Query<JurisdictionRecord>;
  constructor(db: Db) {
    this.q = new Query(db, jurisdictionDocs);
  }

  get(id: string): Promise<JurisdictionRecord | null> {
    return this.q.one({ _id: id });
  }

  list(): Promise<JurisdictionRecord[]> {
    return this.q.many({}, { _id: 1 });
  }
}
