import type { CaseRepository, CaseSummary, KpiQuery, UnitKpi } from './ports/case-repository.js';

/** The case window a monthly summary reads, in every adapter: cases of a jurisdiction received in it. */
export interface SummaryWindow {
  jurisdiction: string;
  /** createdAt >= from (ISO) */
  from: string;
  /** createdAt < to (ISO) */
  to: string;
  /** Against deadlines of cases still open. */
  now: string;
}

/** The window of `CaseRepository.countByEventType`: the same cases, counted per event type. */
export interface EventCountWindow extends Omit<SummaryWindow, 'now'> {
  types: string[];
}

/** A summary before any case is counted (the figures of a window without cases). */
export function emptyCaseSummary(): CaseSummary {
  return {
    received: 0,
    open: 0,
    closed: 0,
    refused: 0,
    byClass: {},
    closedOnTime: 0,
    closedLate: 0,
    overdueOpen: 0,
    ratings: {},
    eventCounts: {},
  };
}

/** How an adapter computes the case aggregates over its connection `C`, one function each. */
export interface CaseAggregates<C> {
  summarizeCases(connection: C, window: SummaryWindow): CaseSummary | Promise<CaseSummary>;
  countCasesByEventType(
    connection: C,
    window: EventCountWindow,
  ): Record<string, number> | Promise<Record<string, number>>;
  kpiByUnit(connection: C, query: KpiQuery): UnitKpi[] | Promise<UnitKpi[]>;
}

/**
 * The aggregate reads of a case repository, the same on every adapter: the port's arguments become
 * the windows its `CaseAggregates` compute in the database.
 */
export abstract class CaseAggregateReads<C> implements Pick<
  CaseRepository,
  'summary' | 'countByEventType' | 'kpiByUnit'
> {
  constructor(
    protected readonly connection: C,
    private readonly aggregates: CaseAggregates<C>,
  ) {}

  async summary(jurisdiction: string, from: string, to: string, now: string): Promise<CaseSummary> {
    return this.aggregates.summarizeCases(this.connection, { jurisdiction, from, to, now });
  }

  async countByEventType(
    jurisdiction: string,
    types: string[],
    from: string,
    to: string,
  ): Promise<Record<string, number>> {
    return this.aggregates.countCasesByEventType(this.connection, { jurisdiction, types, from, to });
  }

  async kpiByUnit(query: KpiQuery): Promise<UnitKpi[]> {
    return this.aggregates.kpiByUnit(this.connection, query);
  }
}
