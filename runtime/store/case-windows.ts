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
