import { ConflictError } from '../../common/errors.js';
import * as tables from './engine-tables.js';
import { insertSql, upsertSql } from './row-codec.js';

/**
 * The engine-state writes, one text for SQLite and PostgreSQL. Record inserts take `rowValues` of
 * their table; `saveInstance` takes the instance's row values, then the expected rev ($9).
 */
export const engineWrites = {
  createInstance: insertSql(tables.instancesTable, 'ON CONFLICT DO NOTHING'),
  saveInstance: `UPDATE engine_instances SET process_key = $2, business_key = $3, status = $4, state = $5,
    variables = $6, rev = $7, updated_at = $8 WHERE instance_key = $1 AND rev = $9`,
  setTimer: upsertSql(tables.timersTable, ['instance_key', 'timer_key']),
  clearTimer: 'DELETE FROM timers WHERE instance_key = $1 AND timer_key = $2',
  insertJob: insertSql(tables.jobsTable, 'ON CONFLICT DO NOTHING'),
  subscribe: upsertSql(tables.subscriptionsTable, ['instance_key', 'element_id']),
  unsubscribe: 'DELETE FROM subscriptions WHERE instance_key = $1 AND element_id = $2',
  buffer: insertSql(tables.messagesTable, 'ON CONFLICT DO NOTHING'),
  deleteMessage: 'DELETE FROM buffered_messages WHERE id = $1',
  addOutbox: insertSql(tables.outboxTable, 'ON CONFLICT DO NOTHING'),
  /** Keeps the first delivery time: $1 id, $2 at. */
  delivered: 'UPDATE outbox SET delivered_at = $2 WHERE id = $1 AND delivered_at IS NULL',
  setCursor: upsertSql(tables.cursorsTable, ['name']),
};

/** `instance.save` changed no row: the instance is not (or no longer) at the expected rev. */
export function staleRevision(instanceKey: string, expectedRev: number | null): ConflictError {
  const expected = expectedRev === null ? 'a new instance' : `rev ${expectedRev}`;
  return new ConflictError(
    `instance ${instanceKey} is not at ${expected}`,
    [{ path: '/rev', reason: 'stale_revision' }],
    'stale_revision',
  );
}
