import type {
  BufferedMessageRecord,
  EngineCursorRecord,
  EngineInstanceRecord,
  JobRecord,
  MessageSubscriptionRecord,
  OutboxRecord,
  TimerRecord,
} from '../records.js';
import type { EngineStateRepository } from '../store.js';
import {
  cursorsTable,
  instancesTable,
  jobsTable,
  messagesTable,
  outboxTable,
  subscriptionsTable,
  timersTable,
} from '../sql/engine-tables.js';
import { type TableCodec, sqlite } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';

export class SqliteEngineStateRepository implements EngineStateRepository {
  constructor(private readonly sql: StatementCache) {}

  async instance(instanceKey: string): Promise<EngineInstanceRecord | null> {
    return this.one(instancesTable, 'WHERE instance_key = ?', instanceKey);
  }

  /** The most recently saved instance carrying this business key. */
  async instanceByBusinessKey(businessKey: string): Promise<EngineInstanceRecord | null> {
    return this.one(instancesTable, 'WHERE business_key = ? ORDER BY updated_at DESC LIMIT 1', businessKey);
  }

  async activeInstanceKeys(): Promise<string[]> {
    const rows = this.sql.rows(
      "SELECT instance_key FROM engine_instances WHERE status = 'active' ORDER BY instance_key",
    );
    return rows.map((row) => String(row['instance_key']));
  }

  async activeInstances(): Promise<EngineInstanceRecord[]> {
    return this.many(instancesTable, "WHERE status = 'active' ORDER BY instance_key");
  }

  /** Timers with dueAt <= now, earliest first. */
  async timersDue(now: string, limit: number): Promise<TimerRecord[]> {
    return this.many(
      timersTable,
      'WHERE due_at <= ? ORDER BY due_at, instance_key, timer_key LIMIT ?',
      now,
      limit,
    );
  }

  async nextTimer(): Promise<TimerRecord | null> {
    return this.one(timersTable, 'ORDER BY due_at, instance_key, timer_key LIMIT 1');
  }

  async timersFor(instanceKey: string): Promise<TimerRecord[]> {
    return this.many(timersTable, 'WHERE instance_key = ? ORDER BY due_at, timer_key', instanceKey);
  }

  async job(jobKey: string): Promise<JobRecord | null> {
    return this.one(jobsTable, 'WHERE job_key = ?', jobKey);
  }

  /** Pending jobs whose runAfter <= now, longest waiting first. */
  async jobsRunnable(now: string, limit: number): Promise<JobRecord[]> {
    const filter =
      "WHERE status = 'pending' AND run_after <= ? ORDER BY run_after, created_at, job_key LIMIT ?";
    return this.many(jobsTable, filter, now, limit);
  }

  async jobsFor(instanceKey: string): Promise<JobRecord[]> {
    return this.many(jobsTable, 'WHERE instance_key = ? ORDER BY created_at, job_key', instanceKey);
  }

  async subscriptions(messageName: string, correlationKey: string): Promise<MessageSubscriptionRecord[]> {
    const filter = 'WHERE message_name = ? AND correlation_key = ? ORDER BY instance_key, element_id';
    return this.many(subscriptionsTable, filter, messageName, correlationKey);
  }

  async subscriptionsFor(instanceKey: string): Promise<MessageSubscriptionRecord[]> {
    return this.many(subscriptionsTable, 'WHERE instance_key = ? ORDER BY element_id', instanceKey);
  }

  /** Unexpired (expiresAt > now) buffered messages, soonest to expire first. */
  async bufferedMessages(
    messageName: string,
    correlationKey: string,
    now: string,
  ): Promise<BufferedMessageRecord[]> {
    const filter =
      'WHERE message_name = ? AND correlation_key = ? AND expires_at > ? ORDER BY expires_at, id';
    return this.many(messagesTable, filter, messageName, correlationKey, now);
  }

  /** Undelivered outbox entries, oldest first. */
  async outboxPending(limit: number, topic?: string): Promise<OutboxRecord[]> {
    if (topic === undefined)
      return this.many(outboxTable, 'WHERE delivered_at IS NULL ORDER BY created_at, id LIMIT ?', limit);
    const filter = 'WHERE topic = ? AND delivered_at IS NULL ORDER BY created_at, id LIMIT ?';
    return this.many(outboxTable, filter, topic, limit);
  }

  async cursor(name: string): Promise<EngineCursorRecord | null> {
    return this.one(cursorsTable, 'WHERE name = ?', name);
  }

  private one<R>(codec: TableCodec<R>, rest: string, ...params: unknown[]): R | null {
    const row = this.sql.row(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, ...params);
    return row ? codec.decode(row, sqlite) : null;
  }

  private many<R>(codec: TableCodec<R>, rest: string, ...params: unknown[]): R[] {
    return this.sql
      .rows(`SELECT ${codec.selectList} FROM ${codec.table} ${rest}`, ...params)
      .map((r) => codec.decode(r, sqlite));
  }
}
