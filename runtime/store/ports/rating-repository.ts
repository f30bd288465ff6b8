import type { RatingRecord } from '../records.js';

/** The enterprise's rating of a closed case (满意度评价). */
export interface RatingRepository {
  forCase(caseId: string): Promise<RatingRecord | null>;
}
