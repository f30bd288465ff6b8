import type { Db } from 'mongodb';
import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import { Query } from './query.js';
import { attachmentDocs } from './supervision-collections.js';

export class MongoAttachmentRepository implements AttachmentRepository {
  private readonly q: Query<AttachmentRecord>;
  constructor(db: Db) {
    this.q = new Query(db, attachmentDocs);
  }

  get(id: string): Promise<AttachmentRecord | null> {
    return this.q.one({ _id: id });
  }

  forCase(caseId: string): Promise<AttachmentRecord[]> {
    return this.q.many({ caseId }, { uploadedAt: 1, _id: 1 });
  }
}
