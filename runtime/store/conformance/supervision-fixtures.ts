import type { SupervisionOrderRecord } from '../records.js';
import { builder, day } from './store-fixture.js';

/** Builder for supervision orders (督办单) with complete, valid defaults. */
export const aSupervisionOrder = builder<SupervisionOrderRecord>(() => ({
  id: 'sup-1',
  jurisdiction: 'hz',
  caseId: 'case-1',
  issuedBy: 'leader-1',
  issuedAt: day(3, 10),
  kind: 'supervision',
  instruction: '请于三个工作日内办结并反馈',
  targetGroup: 'policy',
  dueAt: day(6),
  status: 'open',
  answeredAt: null,
  answeredBy: null,
  answer: null,
}));
