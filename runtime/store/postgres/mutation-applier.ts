import type pg from 'pg';
import { ConflictError, isDomainError } from '../../common/errors.js';
import type { Mutation } from '../mutations.js';
import { attachmentMutations } from './attachment-mutations.js';
import { auditMutations } from './audit-mutations.js';
import { eventMutations } from './case-event-repository.js';
import { caseMutations } from './case-mutations.js';
import { definitionMutations } from './definition-mutations.js';
import { directoryMutations } from './directory-mutations.js';
import { engineMutations } from './engine-mutations.js';
import { credentialMutations } from './credential-mutations.js';
import { holidayArrangementMutations } from './holiday-arrangement-mutations.js';
import { jurisdictionMutations } from './jurisdiction-mutations.js';
import { indicatorMutations } from './indicator-mutations.js';
import type { MutationHandlers } from './mutation-handlers.js';
import { isRetryable, isUniqueViolation, sqlState } from './pg-errors.js';
import { processMutations } from './process-mutations.js';
import { ratingMutations } from './rating-mutations.js';
import { Sql } from './sql.js';
import { supervisionMutations } from './supervision-mutations.js';
import { taskMutations } from './task-repository.js';
import { visitMutations } from './visit-mutations.js';
import { policyCollectionMutations } from './policy-collection-mutations.js';
import { policyNoticeMutations } from './policy-notice-mutations.js';
import { messageMutations } from './message-mutations.js';
import { savedQueryMutations } from './saved-query-mutations.js';

const handlers: MutationHandlers = {
  ...definitionMutations,
  ...processMutations,
  ...caseMutations,
  ...taskMutations,
  ...eventMutations,
  ...ratingMutations,
  ...supervisionMutations,
  ...visitMutations,
  ...policyNoticeMutations,
  ...policyCollectionMutations,
  ...messageMutations,
  ...indicatorMutations,
  ...auditMutations,
  ...engineMutations,
  ...directoryMutations,
  ...attachmentMutations,
  ...holidayArrangementMutations,
  ...jurisdictionMutations,
  ...credentialMutations,
  ...savedQueryMutations,
};

/** How often a batch that lost a deadlock (or a serialization check) runs again before failing. */
const attempts = 5;

/**
 * Applies a batch of mutations in ONE transaction (READ COMMITTED): all or nothing. Where the port
 * promises uniqueness or ordering, row locks and constraints decide between processes: `instance.save`
 * updates only the row still at the expected rev; inserts keyed by deterministic ids are
 * `ON CONFLICT DO NOTHING` (a concurrent insert of the same id waits, then writes nothing); unique
 * constraints refuse a second username, credit code or rating. A batch that loses a deadlock is
 * rolled back and simply run again — it wrote nothing.
 */
export async function applyBatch(pool: pg.Pool, mutations: readonly Mutation[]): Promise<void> {
  if (mutations.length === 0) return;
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const tx = new Sql(client);
      for (const mutation of mutations) await apply(tx, mutation);
      await client.query('COMMIT');
      return;
    } catch (error) {
      // A connection that failed mid-batch is not reused: PostgreSQL rolls back what it had begun.
      if (sqlState(error) === undefined && !isDomainError(error)) broken = error as Error;
      else await client.query('ROLLBACK').catch((lost: Error) => (broken = lost));
      if (!isRetryable(error) || attempt === attempts) throw error;
    } finally {
      client.release(broken);
    }
  }
}

async function apply(tx: Sql, mutation: Mutation): Promise<void> {
  const handler = handlers[mutation.kind] as (tx: Sql, m: Mutation) => Promise<void>;
  try {
    await handler(tx, mutation);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(`${mutation.kind}: ${(error as Error).message}`, [], 'duplicate');
    throw error;
  }
}
