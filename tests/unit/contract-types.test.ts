/**
 * The API's response schemas (runtime/contract) describe what the runtime really returns: the domain
 * types must be assignable to the types derived from the schemas, or this file does not compile
 * (the root typecheck covers tests). The studio derives its types from the same schemas, so a
 * renamed or retyped field breaks the studio's typecheck too.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FromSchema } from 'json-schema-to-ts';
import type { CalendarPreview, CalendarYear } from '../../runtime/cases/calendar-service.js';
import type { CaseDetail } from '../../runtime/cases/case-service.js';
import type { EnterpriseCaseView } from '../../runtime/cases/enterprise-view.js';
import type { MonthlyReport } from '../../runtime/cases/monthly-report.js';
import type { PolicyNoticeView } from '../../runtime/cases/policy-notice-service.js';
import type { PolicyPushResult } from '../../runtime/cases/policy-push-service.js';
import type { Staff } from '../../runtime/directory/directory-service.js';
import { orgUnitKinds as runtimeOrgUnitKinds } from '../../runtime/directory/org-unit-tree.js';
import type { KpiReport } from '../../runtime/reports/kpi-report.js';
import type { UnitFigures } from '../../runtime/reports/unit-figures.js';
import type {
  AttachmentRecord,
  DefinitionVersionRecord,
  EnterpriseRecord,
  RatingRecord,
  TaskRecord,
} from '../../runtime/store/records.js';
import type { calendarYearSchema, previewSchema } from '../../runtime/contract/calendar.js';
import type { caseDetailSchema } from '../../runtime/contract/case-detail.js';
import type { ratingSchema } from '../../runtime/contract/cases.js';
import type { definitionSchema, versionSummarySchema } from '../../runtime/contract/definitions.js';
import type { Mechanism } from '../../runtime/definitions/mechanism.js';
import { orgUnitKinds, type enterpriseSchema, type staffSchema } from '../../runtime/contract/directory.js';
import type { policyNoticeSchema, pushResultSchema } from '../../runtime/contract/policy-notices.js';
import {
  exceptionKinds,
  type kpiReportSchema,
  type monthlyReportSchema,
  type unitFiguresSchema,
} from '../../runtime/contract/reports.js';
import type { taskRecordSchema } from '../../runtime/contract/tasks.js';

/**
 * The derived type without the `[x: string]: unknown` of schemas open to more fields (an interface
 * has no index signature, so it is never assignable to one): the named fields are what is checked.
 */
type Named<T> = T extends (infer Item)[]
  ? Named<Item>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : number extends K ? never : K]: Named<T[K]> }
    : T;
type Assignable<From, To> = [From] extends [Named<To>] ? true : false;

it('KPI figures and report: the runtime shapes are what the contract says', () => {
  const figures: Assignable<UnitFigures, FromSchema<typeof unitFiguresSchema>> = true;
  const report: Assignable<KpiReport, FromSchema<typeof kpiReportSchema>> = true;
  const monthly: Assignable<MonthlyReport, FromSchema<typeof monthlyReportSchema>> = true;
  assert.deepEqual([figures, report, monthly], [true, true, true]);
  assert.equal(new Set(exceptionKinds).size, 5);
});

it('case detail (staff and enterprise views), tasks and ratings: the runtime shapes are the contract’s', () => {
  type Detail = FromSchema<typeof caseDetailSchema>;
  const staff: Assignable<CaseDetail & { attachments: AttachmentRecord[] }, Detail> = true;
  const enterprise: Assignable<EnterpriseCaseView, Detail> = true;
  const task: Assignable<TaskRecord, FromSchema<typeof taskRecordSchema>> = true;
  const rating: Assignable<RatingRecord, FromSchema<typeof ratingSchema>> = true;
  assert.deepEqual([staff, enterprise, task, rating], [true, true, true, true]);
});

it('directory, versions, calendar and policy notices: the runtime shapes are the contract’s', () => {
  const staff: Assignable<Staff, FromSchema<typeof staffSchema>> = true;
  const enterprise: Assignable<EnterpriseRecord, FromSchema<typeof enterpriseSchema>> = true;
  const version: Assignable<
    Omit<DefinitionVersionRecord, 'bundle'>,
    FromSchema<typeof versionSummarySchema>
  > = true;
  const year: Assignable<CalendarYear, FromSchema<typeof calendarYearSchema>> = true;
  const preview: Assignable<CalendarPreview, FromSchema<typeof previewSchema>> = true;
  const notice: Assignable<PolicyNoticeView, FromSchema<typeof policyNoticeSchema>> = true;
  const push: Assignable<PolicyPushResult, FromSchema<typeof pushResultSchema>> = true;
  type Definition = { jurisdiction: string; version: number; mechanism: Mechanism; forms: string[] };
  const definition: Assignable<Definition, FromSchema<typeof definitionSchema>> = true;
  assert.deepEqual(
    [staff, enterprise, version, year, preview, notice, push, definition],
    Array(8).fill(true),
  );
  assert.deepEqual([...orgUnitKinds], [...runtimeOrgUnitKinds]);
});
