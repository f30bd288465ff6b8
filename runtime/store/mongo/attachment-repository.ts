import type { Db } from 'mongodb';
import type { AttachmentRecord } from '../records.js';
import type { AttachmentRepository } from '../store.js';
import { CaseDocRepository } from './query.js';
import { attachmentDocs } from './supervision-collections.js';

/** Attachments by id, and a case's in upload order. */
export class MongoAttachmentRepository
  extends CaseDocRepository<AttachmentRecord>
  implements AttachmentRepository
{
  constructor(db: Db) {
    super(db, attachmentDocs, { uploadedAt: 1, _id: 1 });
  }
}
