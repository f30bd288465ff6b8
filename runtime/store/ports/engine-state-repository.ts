import type {
  BufferedMessageRecord,
  EngineCursorRecord,
  EngineInstanceRecord,
  JobRecord,
  MessageSubscriptionRecord,
  OutboxRecord,
  TimerRecord,
} from '../records.js';

/**
 * The engine's private state (written with `instance.*`, `timer.*`, `job.*`, `subscription.*`,
 * `message.*`, `outbox.*`, `cursor.set`): only engine adapters read it.
 */
export interface EngineStateRepository {
  instance(instanceKey: string): Promise<EngineInstanceRecord | null>;
  instanceByBusinessKey(businessKey: string): Promise<EngineInstanceRecord | null>;
  activeInstanceKeys(): Promise<string[]>;
  /** Every active instance record, by instance key (an adapter rebuilding its routing on start). */
  activeInstances(): Promise<EngineInstanceRecord[]>;
  timersDue(now: string, limit: number): Promise<TimerRecord[]>;
  nextTimer(): Promise<TimerRecord | null>;
  timersFor(instanceKey: string): Promise<TimerRecord[]>;
  job(jobKey: string): Promise<JobRecord | null>;
  jobsRunnable(now: string, limit: number): Promise<JobRecord[]>;
  jobsFor(instanceKey: string): Promise<JobRecord[]>;
  subscriptions(messageName: string, correlationKey: string): Promise<MessageSubscriptionRecord[]>;
  subscriptionsFor(instanceKey: string): Promise<MessageSubscriptionRecord[]>;
  bufferedMessages(
    messageName: string,
    correlationKey: string,
    now: string,
  ): Promise<BufferedMessageRecord[]>;
  /** Undelivered outbox entries, oldest first; only those of `topic` when given. */
  outboxPending(limit: number, topic?: string): Promise<OutboxRecord[]>;
  /** An engine adapter's read position in an external record stream (`cursor.set`), or null. */
  cursor(name: string): Promise<EngineCursorRecord | null>;
}
