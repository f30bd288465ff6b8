import type { Db } from 'mongodb';
import type { EngineStateRepository } from '../store.js';
import { engineDocs } from './engine-collections.js';
import { queries, type Queries } from './query.js';

export class MongoEngineStateRepository implements EngineStateRepository {
  private readonly q: Queries<typeof engineDocs>;
  constructor(db: Db) {
    this.q = queries(db, engineDocs);
  }

  instance(instanceKey: string) {
    return this.q.instances.one({ _id: instanceKey });
  }

  instanceByBusinessKey(businessKey: string) {
    return this.q.instances.one({ businessKey }, { updatedAt: -1 });
  }

  async activeInstanceKeys() {
    const docs = await this.q.instances.collection
      .find({ status: 'active' }, { projection: { _id: 1 } })
      .sort({ _id: 1 })
      .toArray();
    return docs.map((doc) => doc._id);
  }

  activeInstances() {
    return this.q.instances.many({ status: 'active' }, { _id: 1 });
  }

  timersDue(now: string, limit: number) {
    return this.q.timers.many({ dueAt: { $lte: now } }, { dueAt: 1, instanceKey: 1, timerKey: 1 }, limit);
  }

  nextTimer() {
    return this.q.timers.one({}, { dueAt: 1, instanceKey: 1, timerKey: 1 });
  }

  timersFor(instanceKey: string) {
    return this.q.timers.many({ instanceKey }, { dueAt: 1, timerKey: 1 });
  }

  job(jobKey: string) {
    return this.q.jobs.one({ _id: jobKey });
  }

  jobsRunnable(now: string, limit: number) {
    return this.q.jobs.many(
      { status: 'pending', runAfter: { $lte: now } },
      { runAfter: 1, createdAt: 1, _id: 1 },
      limit,
    );
  }

  jobsFor(instanceKey: string) {
    return this.q.jobs.many({ instanceKey }, { createdAt: 1, _id: 1 });
  }

  subscriptions(messageName: string, correlationKey: string) {
    return this.q.subs.many({ messageName, correlationKey }, { instanceKey: 1, elementId: 1 });
  }

  subscriptionsFor(instanceKey: string) {
    return this.q.subs.many({ instanceKey }, { elementId: 1 });
  }

  bufferedMessages(messageName: string, correlationKey: string, now: string) {
    return this.q.messages.many(
      { messageName, correlationKey, expiresAt: { $gt: now } },
      { expiresAt: 1, _id: 1 },
    );
  }

  outboxPending(limit: number, topic?: string) {
    const filter = topic === undefined ? { deliveredAt: null } : { topic, deliveredAt: null };
    return this.q.outbox.many(filter, { createdAt: 1, _id: 1 }, limit);
  }

  cursor(name: string) {
    return this.q.cursors.one({ _id: name });
  }
}
