import type { VisitRecord } from '../records.js';
import { builder, day } from './store-fixture.js';

/** Builder for logged service visits with complete, valid defaults. */
export const aVisit = builder<VisitRecord>(() => ({
  id: 'visit-1',
  jurisdiction: 'hz',
  enterpriseId: 'ent-1',
  staffId: 'staff-1',
  kind: 'pairing',
  at: day(5, 14),
  items: ['送政策', '问困难诉求'],
  notes: '企业反映用工紧张',
  caseId: null,
}));
