import type {
  CaseEventRecord,
  CaseRecord,
  DefinitionVersionRecord,
  DeployedProcessRecord,
  RatingRecord,
  TaskRecord,
} from '../records.js';
import { day } from './store-fixture.js';

/** Builders with complete, valid defaults; tests override only what they are about. */
export function aCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    jurisdiction: 'hz',
    definitionVersion: 1,
    processId: 'enterprise-request',
    instanceKey: null,
    status: 'open',
    channel: 'web',
    title: '用电报装咨询',
    enterpriseId: 'ent-1',
    submittedBy: 'user-ent-1',
    requestClass: 'policy',
    tier: 'district',
    deadlineAt: day(10),
    deadlineWorkingDays: 5,
    slaPausedAt: null,
    answeredAt: null,
    data: { contact: { phone: '0571-0000' }, attachments: ['a.pdf'], urgent: false, amount: 12.5 },
    createdAt: day(2, 9),
    updatedAt: day(2, 9),
    closedAt: null,
    outcome: null,
    ...overrides,
  };
}

export function aTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 'task-1',
    caseId: 'case-1',
    jurisdiction: 'hz',
    instanceKey: 'inst-1',
    elementId: 'Task_Accept',
    name: '受理',
    formKey: 'accept',
    candidateGroups: ['intake'],
    assignee: null,
    status: 'open',
    createdAt: day(2, 9),
    dueAt: day(4),
    completedAt: null,
    completedBy: null,
    result: null,
    ...overrides,
  };
}

export function anEvent(overrides: Partial<CaseEventRecord> = {}): CaseEventRecord {
  return {
    id: 'ev-1',
    caseId: 'case-1',
    jurisdiction: 'hz',
    at: day(2, 9),
    actor: 'user-ent-1',
    type: 'submitted',
    data: { channel: 'web' },
    ...overrides,
  };
}

export function aRating(overrides: Partial<RatingRecord> = {}): RatingRecord {
  return {
    id: 'rating-1',
    caseId: 'case-1',
    jurisdiction: 'hz',
    level: 'satisfied',
    stars: { speed: 5, attitude: 4 },
    comment: '很快',
    auto: false,
    at: day(12),
    by: 'user-ent-1',
    round: 0,
    ...overrides,
  };
}

export function aDefinition(overrides: Partial<DefinitionVersionRecord> = {}): DefinitionVersionRecord {
  return {
    jurisdiction: 'hz',
    version: 1,
    hash: 'hash-v1',
    bundle: { mechanism: { name: '惠企' }, bpmn: ['main.bpmn'] },
    publishedAt: day(1),
    publishedBy: 'admin',
    note: null,
    rollbackOf: null,
    ...overrides,
  };
}

export function aProcess(overrides: Partial<DeployedProcessRecord> = {}): DeployedProcessRecord {
  return {
    processKey: 'proc-1',
    processId: 'enterprise-request',
    version: 1,
    resourceName: 'main.bpmn',
    hash: 'xml-hash-1',
    xml: '<definitions id="d1"/>',
    deployedAt: day(1),
    ...overrides,
  };
}
