/**
 * What each level of a jurisdiction's rating scale (评价等级) counts as — the one place every KPI
 * (满意率) and every list (不满意件) asks. The scale declares it per level (`standing`): 满意 counts
 * towards 满意率, 不满意 is a 不满意件, and a middle level such as 嘉兴经开区's 一般 is neither.
 */
import type { Mechanism, RatingLevel, RatingStanding } from './mechanism.js';

/**
 * A level's standing. Versions published before levels declared it carry `satisfied` instead; for
 * them the rule those versions were reported with is kept: satisfied levels count as 满意, levels
 * that reopen the case — or, where every level closes it, the lowest — as 不满意, any other as neither.
 */
export function ratingStanding(level: RatingLevel, scale: readonly RatingLevel[]): RatingStanding {
  if (level.standing) return level.standing;
  const legacy = level as RatingLevel & { satisfied?: boolean };
  if (legacy.satisfied) return 'satisfied';
  const reopening = scale.some((l) => !l.closesCase);
  if (reopening ? !level.closesCase : scale[scale.length - 1]?.id === level.id) return 'unsatisfied';
  return 'neutral';
}

/** The ids of the scale's levels with the given standing. */
export function levelsWithStanding(mechanism: Mechanism, standing: RatingStanding): string[] {
  const scale = mechanism.evaluation.levels;
  return scale.filter((l) => ratingStanding(l, scale) === standing).map((l) => l.id);
}
