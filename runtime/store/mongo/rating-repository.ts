import type { Db } from 'mongodb';
import type { RatingRecord } from '../records.js';
import type { RatingRepository } from '../store.js';
import { ratingDocs } from './case-collections.js';
import { Query } from './query.js';

export class MongoRatingRepository implements RatingRepository {
  private readonly q: Query<RatingRecord>;
  constructor(db: Db) {
    this.q = new Query(db, ratingDocs);
  }

  forCase(caseId: string): Promise<RatingRecord | null> {
    return this.q.one({ caseId });
  }
}
