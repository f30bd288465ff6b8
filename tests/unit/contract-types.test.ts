/**
 * The API's response schemas (runtime/contract) describe what the runtime really returns: the domain
 * types must be assignable to the types derived from the schemas, or this file does not compile
 * (the root typecheck covers tests). The studio derives its types from the same schemas.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FromSchema } from 'json-schema-to-ts';
import type { KpiReport } from '../../runtime/reports/kpi-report.js';
import type { UnitFigures } from '../../runtime/reports/unit-figures.js';
import {
  exceptionKinds,
  type kpiReportSchema,
  type unitFiguresSchema,
} from '../../runtime/contract/reports.js';

type Assignable<From, To> = [From] extends [To] ? true : false;

it('KPI figures and report: the runtime shapes are what the contract says', () => {
  const figures: Assignable<UnitFigures, FromSchema<typeof unitFiguresSchema>> = true;
  const report: Assignable<KpiReport, FromSchema<typeof kpiReportSchema>> = true;
  assert.deepEqual([figures, report], [true, true]);
  assert.equal(new Set(exceptionKinds).size, 5);
});
