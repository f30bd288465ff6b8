import type { EngineStateRepository } from '../store.js';
import * as tables from './engine-tables.js';
import type { SqlReader } from './sql-reader.js';

/** The polling reads every app process runs each round (their plans are pinned by a test). */
export const pollingReads = {
  /** Timers with dueAt <= $1, earliest first. */
  timersDue: 'WHERE due_at <= $1 ORDER BY due_at, instance_key, timer_key LIMIT $2',
  /** Pending jobs whose runAfter <= $1, longest waiting first (partial index `jobs_runnable`). */
  jobsRunnable:
    "WHERE status = 'pending' AND run_after <= $1 ORDER BY run_after, created_at, job_key LIMIT $2",
  /** Undelivered outbox entries, oldest first (partial indexes `outbox_pending*`). */
  outboxPending: 'WHERE delivered_at IS NULL ORDER BY created_at, id LIMIT $1',
  outboxPendingByTopic: 'WHERE topic = $1 AND delivered_at IS NULL ORDER BY created_at, id LIMIT $2',
};

/** The engine's private state on either SQL adapter (SQLite, PostgreSQL). */
export class SqlEngineStateRepository implements EngineStateRepository {
  constructor(private readonly sql: SqlReader) {}

  async instance(instanceKey: string) {
    return this.sql.one(tables.instancesTable, 'WHERE instance_key = $1', [instanceKey]);
  }

  /** The most recently saved instance carrying this business key. */
  async instanceByBusinessKey(businessKey: string) {
    const rest = 'WHERE business_key = $1 ORDER BY updated_at DESC LIMIT 1';
    return this.sql.one(tables.instancesTable, rest, [businessKey]);
  }

  async activeInstanceKeys() {
    const rows = await this.sql.rows(
      "SELECT instance_key FROM engine_instances WHERE status = 'active' ORDER BY instance_key",
    );
    return rows.map((row) => String(row['instance_key']));
  }

  async activeInstances() {
    return this.sql.many(tables.instancesTable, "WHERE status = 'active' ORDER BY instance_key");
  }

  async timersDue(now: string, limit: number) {
    return this.sql.many(tables.timersTable, pollingReads.timersDue, [now, limit]);
  }

  async nextTimer() {
    return this.sql.one(tables.timersTable, 'ORDER BY due_at, instance_key, timer_key LIMIT 1');
  }

  async timersFor(instanceKey: string) {
    return this.sql.many(tables.timersTable, 'WHERE instance_key = $1 ORDER BY due_at, timer_key', [
      instanceKey,
    ]);
  }

  async job(jobKey: string) {
    return this.sql.one(tables.jobsTable, 'WHERE job_key = $1', [jobKey]);
  }

  async jobsRunnable(now: string, limit: number) {
    return this.sql.many(tables.jobsTable, pollingReads.jobsRunnable, [now, limit]);
  }

  async jobsFor(instanceKey: string) {
    return this.sql.many(tables.jobsTable, 'WHERE instance_key = $1 ORDER BY created_at, job_key', [
      instanceKey,
    ]);
  }

  async subscriptions(messageName: string, correlationKey: string) {
    const rest = 'WHERE message_name = $1 AND correlation_key = $2 ORDER BY instance_key, element_id';
    return this.sql.many(tables.subscriptionsTable, rest, [messageName, correlationKey]);
  }

  async subscriptionsFor(instanceKey: string) {
    return this.sql.many(tables.subscriptionsTable, 'WHERE instance_key = $1 ORDER BY element_id', [
      instanceKey,
    ]);
  }

  /** Unexpired (expiresAt > now) buffered messages, soonest to expire first. */
  async bufferedMessages(messageName: string, correlationKey: string, now: string) {
    const rest =
      'WHERE message_name = $1 AND correlation_key = $2 AND expires_at > $3 ORDER BY expires_at, id';
    return this.sql.many(tables.messagesTable, rest, [messageName, correlationKey, now]);
  }

  async outboxPending(limit: number, topic?: string) {
    if (topic === undefined) return this.sql.many(tables.outboxTable, pollingReads.outboxPending, [limit]);
    return this.sql.many(tables.outboxTable, pollingReads.outboxPendingByTopic, [topic, limit]);
  }

  async cursor(name: string) {
    return this.sql.one(tables.cursorsTable, 'WHERE name = $1', [name]);
  }
}
