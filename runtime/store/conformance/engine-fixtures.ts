import type {
  BufferedMessageRecord,
  EngineInstanceRecord,
  JobRecord,
  MessageSubscriptionRecord,
  OutboxRecord,
  TimerRecord,
} from '../records.js';
import { day } from './store-fixture.js';

/** Builders for engine-state records with complete, valid defaults. */
export function anInstance(overrides: Partial<EngineInstanceRecord> = {}): EngineInstanceRecord {
  return {
    instanceKey: 'inst-1',
    processKey: 'proc-1',
    businessKey: 'case-1',
    status: 'active',
    state: { tokens: [{ elementId: 'Task_Accept' }] },
    variables: { caseId: 'case-1', amount: 3 },
    rev: 0,
    updatedAt: day(2, 9),
    ...overrides,
  };
}

export function aTimer(overrides: Partial<TimerRecord> = {}): TimerRecord {
  return {
    instanceKey: 'inst-1',
    timerKey: 'timer-1',
    elementId: 'Timer_Remind',
    dueAt: day(5),
    ...overrides,
  };
}

export function aJob(overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    jobKey: 'job-1',
    instanceKey: 'inst-1',
    businessKey: 'case-1',
    type: 'notify',
    elementId: 'Task_Notify',
    retries: 3,
    status: 'pending',
    variables: { to: 'user-ent-1' },
    headers: { template: 'accepted' },
    runAfter: day(2, 9),
    error: null,
    createdAt: day(2, 9),
    ...overrides,
  };
}

export function aSubscription(overrides: Partial<MessageSubscriptionRecord> = {}): MessageSubscriptionRecord {
  return {
    instanceKey: 'inst-1',
    elementId: 'Catch_Supplement',
    messageName: 'supplement',
    correlationKey: 'case-1',
    ...overrides,
  };
}

export function aBufferedMessage(overrides: Partial<BufferedMessageRecord> = {}): BufferedMessageRecord {
  return {
    id: 'msg-1',
    messageName: 'supplement',
    correlationKey: 'case-1',
    variables: { files: ['b.pdf'] },
    expiresAt: day(5),
    ...overrides,
  };
}

export function anOutboxEntry(overrides: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id: 'out-1',
    topic: 'case.updated',
    payload: { caseId: 'case-1' },
    createdAt: day(2, 9),
    deliveredAt: null,
    ...overrides,
  };
}
