import { stableId } from '../common/ids.js';
import type { CaseEventRecord } from '../store/records.js';

/**
 * 评价轮次: a case is rated once per round; each 重办 / 二次交办 (`reopened` event) opens the next.
 * Round 0's id is the case's original rating id, so replays of first ratings stay idempotent.
 */
export function ratingRoundOf(events: readonly CaseEventRecord[]): number {
  return events.filter((e) => e.type === 'reopened').length;
}

export function ratingId(caseId: string, round: number): string {
  return round === 0 ? stableId('rating', caseId) : stableId('rating', caseId, String(round));
}
