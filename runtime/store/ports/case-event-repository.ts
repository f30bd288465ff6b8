import type { CaseEventRecord } from '../records.js';

/** A case's timeline (办理记录), oldest first. */
export interface CaseEventRepository {
  listForCase(caseId: string): Promise<CaseEventRecord[]>;
}
