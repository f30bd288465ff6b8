import type { Db } from 'mongodb';
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
  cursorDocs,
  instanceDocs,
  jobDocs,
  messageDocs,
  outboxDocs,
  subscriptionDocs,
  timerDocs,
} from './engine-collections.js';
import { Query } from './query.js';

export class MongoEngineStateRepository implements EngineStateRepository {
  private readonly instances: Query<EngineInstanceRecord>;
  private readonly timers: Query<TimerRecord>;
  private readonly jobs: Query<JobRecord>;
  private readonly subs: Query<MessageSubscriptionRecord>;
  private readonly messages: Query<BufferedMessageRecord>;
  private readonly outbox: Query<OutboxRecord>;
  private readonly cursors: Query<EngineCursorRecord>;

  constructor(db: Db) {
    this.instances = new Query(db, instanceDocs);
    this.timers = new Query(db, timerDocs);
    this.jobs = new Query(db, jobDocs);
    this.subs = new Query(db, subscriptionDocs);
    this.messages = new Query(db, messageDocs);
    this.outbox = new Query(db, outboxDocs);
    this.cursors = new Query(db, cursorDocs);
  }

  instance(instanceKey: string): Promise<EngineInstanceRecord | null> {
    return this.instances.one({ _id: instanceKey });
  }

  instanceByBusinessKey(businessKey: string): Promise<EngineInstanceRecord | null> {
    return this.instances.one({ businessKey }, { updatedAt: -1 });
  }

  async activeInstanceKeys(): Promise<string[]> {
    const docs = await this.instances.collection
      .find({ status: 'active' }, { projection: { _id: 1 } })
      .sort({ _id: 1 })
      .toArray();
    return docs.map((doc) => doc._id);
  }

  activeInstances(): Promise<EngineInstanceRecord[]> {
    return this.instances.many({ status: 'active' }, { _id: 1 });
  }

  timersDue(now: string, limit: number): Promise<TimerRecord[]> {
    return this.timers.many({ dueAt: { $lte: now } }, { dueAt: 1, instanceKey: 1, timerKey: 1 }, limit);
  }

  nextTimer(): Promise<TimerRecord | null> {
    return this.timers.one({}, { dueAt: 1, instanceKey: 1, timerKey: 1 });
  }

  timersFor(instanceKey: string): Promise<TimerRecord[]> {
    return this.timers.many({ instanceKey }, { dueAt: 1, timerKey: 1 });
  }

  job(jobKey: string): Promise<JobRecord | null> {
    return this.jobs.one({ _id: jobKey });
  }

  jobsRunnable(now: string, limit: number): Promise<JobRecord[]> {
    return this.jobs.many(
      { status: 'pending', runAfter: { $lte: now } },
      { runAfter: 1, createdAt: 1, _id: 1 },
      limit,
    );
  }

  jobsFor(instanceKey: string): Promise<JobRecord[]> {
    return this.jobs.many({ instanceKey }, { createdAt: 1, _id: 1 });
  }

  subscriptions(messageName: string, correlationKey: string): Promise<MessageSubscriptionRecord[]> {
    return this.subs.many({ messageName, correlationKey }, { instanceKey: 1, elementId: 1 });
  }

  subscriptionsFor(instanceKey: string): Promise<MessageSubscriptionRecord[]> {
    return this.subs.many({ instanceKey }, { elementId: 1 });
  }

  bufferedMessages(
    messageName: string,
    correlationKey: string,
    now: string,
  ): Promise<BufferedMessageRecord[]> {
    return this.messages.many(
      { messageName, correlationKey, expiresAt: { $gt: now } },
      { expiresAt: 1, _id: 1 },
    );
  }

  outboxPending(limit: number, topic?: string): Promise<OutboxRecord[]> {
    const filter = topic === undefined ? { deliveredAt: null } : { topic, deliveredAt: null };
    return this.outbox.many(filter, { createdAt: 1, _id: 1 }, limit);
  }

  cursor(name: string): Promise<EngineCursorRecord | null> {
    return this.cursors.one({ _id: name });
  }
}
