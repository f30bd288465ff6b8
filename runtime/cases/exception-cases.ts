import { exceptionKinds } from '../contract/reports.js';
import type { Clock } from '../common/clock.js';
import { levelsWithStanding } from '../definitions/rating-scale.js';
import type { CaseRecord } from '../store/records.js';
import type { CaseQuery, Page, Store } from '../store/store.js';
import type { MechanismCatalog } from './mechanism-catalog.js';

/** 异常件: the exception-case lists supervisors work from — the API's own list (runtime/contract). */
export { exceptionKinds };
export type ExceptionKind = (typeof exceptionKinds)[number];

/** The store filter of each exception list, on the jurisdiction's calendar and scale. */
export async function exceptionFilter(
  deps: { catalog: MechanismCatalog; clock: Clock },
  jurisdiction: string,
  kind: ExceptionKind,
): Promise<Omit<CaseQuery, 'jurisdiction' | 'limit' | 'offset'>> {
  const { mechanism, calendar } = await deps.catalog.current(jurisdiction);
  const now = deps.clock.now();
  switch (kind) {
    case 'warning': // 预警件: open, deadline not yet passed but within the warning window
      return {
        status: 'open',
        deadlineFrom: now.toISOString(),
        deadlineTo: calendar.addWorkingDays(now, mechanism.sla.warnWorkingDaysBefore).toISOString(),
      };
    case 'unsatisfied': // 不满意件
      return { ratingLevels: levelsWithStanding(mechanism, 'unsatisfied') };
    case 'closed-late': // 超期办结件
      return { closedLate: true };
    case 'reassigned': // 二次交办件
      return { withEventType: 'reopened' };
    case 'leader-instructed': // 领导批示件
      return { withEventType: 'leader-instruction' };
  }
}

export async function exceptionCases(
  deps: { store: Pick<Store, 'cases'>; catalog: MechanismCatalog; clock: Clock },
  jurisdiction: string,
  kind: ExceptionKind,
  page: { limit: number; offset: number },
): Promise<Page<CaseRecord>> {
  return deps.store.cases.list({
    jurisdiction,
    ...(await exceptionFilter(deps, jurisdiction, kind)),
    ...page,
  });
}
