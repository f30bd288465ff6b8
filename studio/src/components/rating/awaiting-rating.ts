import type { Case } from '../../api/types';

/**
 * Whether the enterprise can rate the case now. The server accepts a rating only between the
 * answer and the close (the answer sets `outcome` while the case is still open; rating — or the
 * auto-rating after N working days — then closes it).
 */
export function awaitingRating(kase: Case): boolean {
  return kase.status === 'open' && kase.outcome !== null;
}
