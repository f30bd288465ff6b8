import { ConflictError } from '../../common/errors.js';
import type { HandlersOf } from './mutation-handlers.js';
import { isUniqueViolation } from './pg-errors.js';
import { insertSql, rowValues } from './row-codec.js';
import { ratingsTable } from '../sql/case-tables.js';

const t = ratingsTable;

const sql = {
  rate: insertSql(t, 'ON CONFLICT (id) DO NOTHING'),
  // Locks the case's rating, so a concurrent rating of the same case waits for this batch.
  ratedRound: 'SELECT id, round FROM ratings WHERE case_id = $1 FOR UPDATE',
  replaceRating: 'DELETE FROM ratings WHERE case_id = $1',
};

/**
 * One rating per case: a replay (same id) is a no-op; a later round (after 重办 / 二次交办) replaces
 * the case's rating; any other second rating is `already_rated` — also when two app processes rate
 * the same case at once (the unique constraint decides, the loser's batch rolls back).
 */
export const ratingMutations: HandlersOf<'rating.'> = {
  'rating.insert': async (tx, { record }) => {
    const rated = await tx.row(sql.ratedRound, [record.caseId]);
    if (rated && rated['id'] !== record.id && Number(rated['round']) < record.round)
      await tx.run(sql.replaceRating, [record.caseId]);
    try {
      await tx.run(sql.rate, rowValues(t, record));
    } catch (error) {
      if (!isUniqueViolation(error, 'ratings_one_per_case')) throw error;
      throw new ConflictError(
        `case ${record.caseId} is already rated`,
        [{ path: '/caseId', reason: 'already_rated' }],
        'already_rated',
      );
    }
  },
};
