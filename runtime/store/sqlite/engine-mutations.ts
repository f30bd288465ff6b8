import { ConflictError } from '../../common/errors.js';
import type { EngineInstanceRecord } from '../records.js';
import {
  cursorsTable,
  instancesTable,
  jobsTable,
  messagesTable,
  outboxTable,
  subscriptionsTable,
  timersTable,
} from '../sql/engine-tables.js';
import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { insertSql, upsertSql, sqlite } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { jobTarget } from '../sql/update-targets.js';

type EngineKind =
  `${'instance' | 'timer' | 'job' | 'subscription' | 'message' | 'outbox' | 'cursor'}.${string}`;
type EngineHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, EngineKind>>;

const sql = {
  createInstance: insertSql(instancesTable, 'ON CONFLICT DO NOTHING'),
  saveInstance: `UPDATE engine_instances SET process_key = @process_key, business_key = @business_key,
    status = @status, state = @state, variables = @variables, rev = @rev, updated_at = @updated_at
    WHERE instance_key = @instance_key AND rev = @expected_rev`,
  setTimer: upsertSql(timersTable, ['instance_key', 'timer_key']),
  clearTimer: 'DELETE FROM timers WHERE instance_key = ? AND timer_key = ?',
  insertJob: insertSql(jobsTable, 'ON CONFLICT DO NOTHING'),
  subscribe: upsertSql(subscriptionsTable, ['instance_key', 'element_id']),
  unsubscribe: 'DELETE FROM subscriptions WHERE instance_key = ? AND element_id = ?',
  buffer: insertSql(messagesTable, 'ON CONFLICT DO NOTHING'),
  deleteMessage: 'DELETE FROM buffered_messages WHERE id = ?',
  addOutbox: insertSql(outboxTable, 'ON CONFLICT DO NOTHING'),
  delivered: 'UPDATE outbox SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL',
  setCursor: upsertSql(cursorsTable, ['name']),
};

/**
 * Engine-state writes. `instance.save` is optimistic: expectedRev null creates the instance at rev 1,
 * a number updates only the row still at that rev and moves it to expectedRev + 1 (`record.rev` is
 * ignored); anything else throws ConflictError `stale_revision`, rolling back the whole batch.
 * Clears and deletes of missing rows are no-ops; `outbox.delivered` keeps the first delivery time.
 */
export function engineMutations(db: StatementCache): EngineHandlers {
  return {
    'instance.save': ({ record, expectedRev }) => saveInstance(db, record, expectedRev),
    'timer.set': ({ record }) => void db.run(sql.setTimer, timersTable.encode(record, sqlite)),
    'timer.clear': ({ instanceKey, timerKey }) => void db.run(sql.clearTimer, instanceKey, timerKey),
    'job.insert': ({ record }) => void db.run(sql.insertJob, jobsTable.encode(record, sqlite)),
    'job.update': ({ jobKey, patch }) => updateByKey(db, jobTarget, jobKey, patch),
    'subscription.set': ({ record }) => void db.run(sql.subscribe, subscriptionsTable.encode(record, sqlite)),
    'subscription.clear': ({ instanceKey, elementId }) =>
      void db.run(sql.unsubscribe, instanceKey, elementId),
    'message.buffer': ({ record }) => void db.run(sql.buffer, messagesTable.encode(record, sqlite)),
    'message.delete': ({ id }) => void db.run(sql.deleteMessage, id),
    'outbox.add': ({ record }) => void db.run(sql.addOutbox, outboxTable.encode(record, sqlite)),
    'outbox.delivered': ({ id, at }) => void db.run(sql.delivered, at, id),
    'cursor.set': ({ record }) => void db.run(sql.setCursor, cursorsTable.encode(record, sqlite)),
  };
}

function saveInstance(db: StatementCache, record: EngineInstanceRecord, expectedRev: number | null): void {
  const params = instancesTable.encode({ ...record, rev: (expectedRev ?? 0) + 1 }, sqlite);
  const changes =
    expectedRev === null
      ? db.run(sql.createInstance, params).changes
      : db.run(sql.saveInstance, { ...params, expected_rev: expectedRev }).changes;
  if (changes > 0) return;
  const expected = expectedRev === null ? 'a new instance' : `rev ${expectedRev}`;
  throw new ConflictError(
    `instance ${record.instanceKey} is not at ${expected}`,
    [{ path: '/rev', reason: 'stale_revision' }],
    'stale_revision',
  );
}
