import Database from 'better-sqlite3';
import { ConflictError } from '../../common/errors.js';
import type { Mutation } from '../mutations.js';
import { attachmentMutations } from './attachment-mutations.js';
import { caseMutations } from './case-mutations.js';
import { credentialMutations } from './credential-mutations.js';
import { directoryMutations } from './directory-mutations.js';
import { engineMutations } from './engine-mutations.js';
import type { MutationHandlers } from './mutation-handlers.js';
import type { StatementCache } from './statement-cache.js';
import { supervisionMutations } from './supervision-mutations.js';
import { visitMutations } from './visit-mutations.js';
import { policyCollectionMutations } from './policy-collection-mutations.js';
import { policyNoticeMutations } from './policy-notice-mutations.js';
import { messageMutations } from './message-mutations.js';
import { indicatorMutations } from './indicator-mutations.js';
import { auditMutations } from './audit-mutations.js';
import { holidayArrangementMutations } from './holiday-arrangement-mutations.js';
import { jurisdictionMutations } from './jurisdiction-mutations.js';
import { savedQueryMutations } from './saved-query-mutations.js';

/**
 * Applies a batch of mutations in ONE transaction (or savepoint): all or nothing. Statements are prepared
 * once (cached by SQL text) and reused; the transaction function is built once.
 */
export class MutationApplier {
  private readonly handlers: MutationHandlers;
  private readonly batch: Database.Transaction<(mutations: readonly Mutation[]) => void>;

  constructor(sql: StatementCache) {
    this.handlers = {
      ...caseMutations(sql),
      ...supervisionMutations(sql),
      ...visitMutations(sql),
      ...policyNoticeMutations(sql),
      ...policyCollectionMutations(sql),
      ...messageMutations(sql),
      ...indicatorMutations(sql),
      ...auditMutations(sql),
      ...engineMutations(sql),
      ...directoryMutations(sql),
      ...attachmentMutations(sql),
      ...holidayArrangementMutations(sql),
      ...jurisdictionMutations(sql),
      ...credentialMutations(sql),
      ...savedQueryMutations(sql),
    };
    this.batch = sql.db.transaction((mutations: readonly Mutation[]) => {
      for (const mutation of mutations) this.apply(mutation);
    });
  }

  /**
   * Throws (and writes nothing) if any mutation fails. Inside an open transaction (a group
   * commit) the batch is a savepoint: a failure rolls back only this batch.
   */
  applyAll(mutations: readonly Mutation[]): void {
    if (mutations.length > 0) this.batch(mutations);
  }

  private apply(mutation: Mutation): void {
    const handler = this.handlers[mutation.kind] as (m: Mutation) => void;
    try {
      handler(mutation);
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT_UNIQUE')) {
        throw new ConflictError(`${mutation.kind}: ${error.message}`, [], 'duplicate');
      }
      throw error;
    }
  }
}
