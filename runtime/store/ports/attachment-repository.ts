import type { AttachmentRecord } from '../records.js';

/** Files attached to cases (metadata). */
export interface AttachmentRepository {
  get(id: string): Promise<AttachmentRecord | null>;
  /** The case's attachments, oldest first. */
  forCase(caseId: string): Promise<AttachmentRecord[]>;
}
