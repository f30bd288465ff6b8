import type * as records from '../records.js';
import { builder, day } from './store-fixture.js';

/** Builders for engine-state records with complete, valid defaults. */
export const anInstance = builder<records.EngineInstanceRecord>(() => ({
  instanceKey: 'inst-1',
  processKey: 'proc-1',
  businessKey: 'case-1',
  status: 'active',
  state: { tokens: [{ elementId: 'Task_Accept' }] },
  variables: { caseId: 'case-1', amount: 3 },
  rev: 0,
  updatedAt: day(2, 9),
}));

export const aTimer = builder<records.TimerRecord>(() => ({
  instanceKey: 'inst-1',
  timerKey: 'timer-1',
  elementId: 'Timer_Remind',
  dueAt: day(5),
}));

export const aJob = builder<records.JobRecord>(() => ({
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
}));

export const aSubscription = builder<records.MessageSubscriptionRecord>(() => ({
  instanceKey: 'inst-1',
  elementId: 'Catch_Supplement',
  messageName: 'supplement',
  correlationKey: 'case-1',
}));

export const aBufferedMessage = builder<records.BufferedMessageRecord>(() => ({
  id: 'msg-1',
  messageName: 'supplement',
  correlationKey: 'case-1',
  variables: { files: ['b.pdf'] },
  expiresAt: day(5),
}));

export const anOutboxEntry = builder<records.OutboxRecord>(() => ({
  id: 'out-1',
  topic: 'case.updated',
  payload: { caseId: 'case-1' },
  createdAt: day(2, 9),
  deliveredAt: null,
}));
