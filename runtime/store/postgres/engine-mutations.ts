import type { EngineInstanceRecord } from '../records.js';
import * as tables from '../sql/engine-tables.js';
import { engineWrites as sql, staleRevision } from '../sql/engine-writes.js';
import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { jobTarget } from '../sql/update-targets.js';

/**
 * Engine-state writes. `instance.save` is optimistic: expectedRev null creates the instance at rev 1,
 * a number updates only the row still at that rev and moves it to expectedRev + 1 (`record.rev` is
 * ignored); anything else throws ConflictError `stale_revision`, rolling back the whole batch. Across
 * processes the row lock of that UPDATE decides: a second writer that read the same rev waits, then
 * finds the rev moved on and loses. Clears and deletes of missing rows are no-ops;
 * `outbox.delivered` keeps the first delivery time.
 */
export const engineMutations: HandlersOf<
  'instance.' | 'timer.' | 'job.' | 'subscription.' | 'message.' | 'outbox.' | 'cursor.'
> = {
  'instance.save': (tx, { record, expectedRev }) => saveInstance(tx, record, expectedRev),
  'timer.set': writeRecord(sql.setTimer, tables.timersTable),
  'timer.clear': async (tx, { instanceKey, timerKey }) =>
    void (await tx.run(sql.clearTimer, [instanceKey, timerKey])),
  'job.insert': writeRecord(sql.insertJob, tables.jobsTable),
  'job.update': (tx, { jobKey, patch }) => updateByKey(tx, jobTarget, jobKey, patch),
  'subscription.set': writeRecord(sql.subscribe, tables.subscriptionsTable),
  'subscription.clear': async (tx, { instanceKey, elementId }) =>
    void (await tx.run(sql.unsubscribe, [instanceKey, elementId])),
  'message.buffer': writeRecord(sql.buffer, tables.messagesTable),
  'message.delete': async (tx, { id }) => void (await tx.run(sql.deleteMessage, [id])),
  'outbox.add': writeRecord(sql.addOutbox, tables.outboxTable),
  'outbox.delivered': async (tx, { id, at }) => void (await tx.run(sql.delivered, [id, at])),
  'cursor.set': writeRecord(sql.setCursor, tables.cursorsTable),
};

async function saveInstance(
  tx: Sql,
  record: EngineInstanceRecord,
  expectedRev: number | null,
): Promise<void> {
  const values = rowValues(tables.instancesTable, { ...record, rev: (expectedRev ?? 0) + 1 });
  const changes =
    expectedRev === null
      ? await tx.run(sql.createInstance, values)
      : await tx.run(sql.saveInstance, [...values, expectedRev]);
  if (changes === 0) throw staleRevision(record.instanceKey, expectedRev);
}
