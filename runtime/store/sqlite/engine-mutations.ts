import type { EngineInstanceRecord } from '../records.js';
import * as tables from '../sql/engine-tables.js';
import { engineWrites as sql, staleRevision } from '../sql/engine-writes.js';
import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { rowValues } from '../sql/row-codec.js';
import { numbered, rowParams, sqlite } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { jobTarget } from '../sql/update-targets.js';

type EngineKind =
  `${'instance' | 'timer' | 'job' | 'subscription' | 'message' | 'outbox' | 'cursor'}.${string}`;
type EngineHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, EngineKind>>;

/**
 * Engine-state writes. `instance.save` is optimistic: expectedRev null creates the instance at rev 1,
 * a number updates only the row still at that rev and moves it to expectedRev + 1 (`record.rev` is
 * ignored); anything else throws ConflictError `stale_revision`, rolling back the whole batch.
 * Clears and deletes of missing rows are no-ops; `outbox.delivered` keeps the first delivery time.
 */
export function engineMutations(db: StatementCache): EngineHandlers {
  return {
    'instance.save': ({ record, expectedRev }) => saveInstance(db, record, expectedRev),
    'timer.set': ({ record }) => void db.run(sql.setTimer, rowParams(tables.timersTable, record)),
    'timer.clear': ({ instanceKey, timerKey }) =>
      void db.run(sql.clearTimer, numbered([instanceKey, timerKey])),
    'job.insert': ({ record }) => void db.run(sql.insertJob, rowParams(tables.jobsTable, record)),
    'job.update': ({ jobKey, patch }) => updateByKey(db, jobTarget, jobKey, patch),
    'subscription.set': ({ record }) =>
      void db.run(sql.subscribe, rowParams(tables.subscriptionsTable, record)),
    'subscription.clear': ({ instanceKey, elementId }) =>
      void db.run(sql.unsubscribe, numbered([instanceKey, elementId])),
    'message.buffer': ({ record }) => void db.run(sql.buffer, rowParams(tables.messagesTable, record)),
    'message.delete': ({ id }) => void db.run(sql.deleteMessage, numbered([id])),
    'outbox.add': ({ record }) => void db.run(sql.addOutbox, rowParams(tables.outboxTable, record)),
    'outbox.delivered': ({ id, at }) => void db.run(sql.delivered, numbered([id, at])),
    'cursor.set': ({ record }) => void db.run(sql.setCursor, rowParams(tables.cursorsTable, record)),
  };
}

function saveInstance(db: StatementCache, record: EngineInstanceRecord, expectedRev: number | null): void {
  const values = rowValues(tables.instancesTable, { ...record, rev: (expectedRev ?? 0) + 1 }, sqlite);
  const changes =
    expectedRev === null
      ? db.run(sql.createInstance, numbered(values)).changes
      : db.run(sql.saveInstance, numbered([...values, expectedRev])).changes;
  if (changes === 0) throw staleRevision(record.instanceKey, expectedRev);
}
