import type { Mutation } from '../mutations.js';
import type {
  CaseEventRecord,
  CaseRecord,
  DefinitionVersionRecord,
  DeployedProcessRecord,
  RatingRecord,
  TaskRecord,
} from '../records.js';
import { builder, day } from './store-fixture.js';

/** Builders with complete, valid defaults; tests override only what they are about. */
export const aCase = builder<CaseRecord>(() => ({
  id: 'case-1',
  jurisdiction: 'hz',
  definitionVersion: 1,
  processId: 'enterprise-request',
  instanceKey: null,
  caseNumber: null,
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
}));

export const aTask = builder<TaskRecord>(() => ({
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
}));

export const anEvent = builder<CaseEventRecord>(() => ({
  id: 'ev-1',
  caseId: 'case-1',
  jurisdiction: 'hz',
  at: day(2, 9),
  actor: 'user-ent-1',
  type: 'submitted',
  data: { channel: 'web' },
}));

export const aRating = builder<RatingRecord>(() => ({
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
}));

export const aDefinition = builder<DefinitionVersionRecord>(() => ({
  jurisdiction: 'hz',
  version: 1,
  hash: 'hash-v1',
  bundle: { mechanism: { name: '惠企' }, bpmn: ['main.bpmn'] },
  publishedAt: day(1),
  publishedBy: 'admin',
  note: null,
  rollbackOf: null,
}));

export const aProcess = builder<DeployedProcessRecord>(() => ({
  processKey: 'proc-1',
  processId: 'enterprise-request',
  version: 1,
  resourceName: 'main.bpmn',
  hash: 'xml-hash-1',
  xml: '<definitions id="d1"/>',
  deployedAt: day(1),
}));

/** 承办单位: the mutation that sets a case's handling unit (in jurisdiction `hz`). */
export const handledBy = (caseId: string, orgUnitId: string): Mutation => ({
  kind: 'caseUnit.set',
  record: { caseId, jurisdiction: 'hz', orgUnitId },
});
