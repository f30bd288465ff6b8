// Shapes of the leader dashboard's endpoints (GET /jurisdictions/:j/reports/kpi, /exceptions), derived
// from the API's own response schemas (runtime/contract/reports.ts): a server change breaks the build.
import type { FromSchema } from 'json-schema-to-ts';
import {
  exceptionKinds,
  type kpiReportSchema,
  type unitFiguresSchema,
} from '../../../runtime/contract/reports';

export { exceptionKinds };

export type ExceptionKind = (typeof exceptionKinds)[number];

/** One handling unit's (or the whole jurisdiction's) figures for a month. */
export type UnitFigures = FromSchema<typeof unitFiguresSchema>;

export type KpiReport = FromSchema<typeof kpiReportSchema>;
