import { InputError, type ErrorDetail } from '../common/errors.js';
import { isJsonObject } from '../common/json.js';
import type { EvaluationScale } from '../definitions/mechanism.js';

export interface RatingInput {
  level: string;
  stars: Record<string, number>;
  comment: string | null;
}

/** Checks a rating against the jurisdiction's own scale: level, star dimensions and range. */
export function validateRating(input: unknown, scale: EvaluationScale): RatingInput {
  const details: ErrorDetail[] = [];
  const body = isJsonObject(input as never) ? (input as Record<string, unknown>) : {};
  const level = body.level;
  if (typeof level !== 'string' || !scale.levels.some((l) => l.id === level)) {
    details.push({ path: '/level', reason: `must be one of ${scale.levels.map((l) => l.id).join(', ')}` });
  }
  const stars: Record<string, number> = {};
  const given = isJsonObject(body.stars as never) ? (body.stars as Record<string, unknown>) : {};
  for (const key of Object.keys(given)) {
    if (!scale.stars.dimensions.some((d) => d.id === key))
      details.push({ path: `/stars/${key}`, reason: 'unknown dimension' });
  }
  for (const dim of scale.stars.dimensions) {
    const v = given[dim.id];
    if (v === undefined && !scale.stars.required) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > scale.stars.max) {
      details.push({ path: `/stars/${dim.id}`, reason: `must be an integer 1..${scale.stars.max}` });
    } else stars[dim.id] = v;
  }
  const comment = body.comment;
  if (comment !== undefined && comment !== null && (typeof comment !== 'string' || comment.length > 2000)) {
    details.push({ path: '/comment', reason: 'must be a string of at most 2000 characters' });
  }
  if (details.length) throw new InputError('rating is invalid', details, 'invalid_rating');
  return { level: level as string, stars, comment: typeof comment === 'string' ? comment : null };
}
