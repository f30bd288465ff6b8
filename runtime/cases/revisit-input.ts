import { InputError, type ErrorDetail } from '../common/errors.js';
import { isJsonObject } from '../common/json.js';
import type { EvaluationScale } from '../definitions/mechanism.js';

/** 移交: 推诿扯皮 or 不担当不作为 found on a revisit, handed over to the competent department. */
export interface Transfer {
  conduct: 'shirking' | 'inaction';
  /** The group (unit) whose conduct it was. */
  unit: string;
  /** The department it is handed over to (相关部门), as named by the revisiting staff. */
  to: string;
  note: string;
}

/** 回访督导: what the revisiting staff heard and saw. */
export interface RevisitInput {
  /** The enterprise's satisfaction as heard, on the jurisdiction's scale (optional). */
  level: string | null;
  /** 落实机制情况: how the unit carried out the mechanism on this case. */
  implementation: string;
  transfer: Transfer | null;
}

const conducts = ['shirking', 'inaction'] as const;

/** Checks a revisit record against the jurisdiction's scale and groups; every problem at once. */
export function validateRevisit(input: unknown, scale: EvaluationScale, groups: string[]): RevisitInput {
  const details: ErrorDetail[] = [];
  const body = isJsonObject(input as never) ? (input as Record<string, unknown>) : {};
  const level = body.level ?? null;
  if (level !== null && (typeof level !== 'string' || !scale.levels.some((l) => l.id === level)))
    details.push({ path: '/level', reason: `one of ${scale.levels.map((l) => l.id).join(', ')}` });
  const implementation = text(body.implementation, '/implementation', details);
  let transfer: Transfer | null = null;
  if (body.transfer !== undefined && body.transfer !== null) {
    const t = isJsonObject(body.transfer as never) ? (body.transfer as Record<string, unknown>) : {};
    const conduct = t.conduct;
    if (!conducts.includes(conduct as Transfer['conduct']))
      details.push({ path: '/transfer/conduct', reason: `one of ${conducts.join(', ')}` });
    if (typeof t.unit !== 'string' || !groups.includes(t.unit))
      details.push({ path: '/transfer/unit', reason: 'one of the mechanism groups' });
    const to = text(t.to, '/transfer/to', details, 100);
    const note = text(t.note, '/transfer/note', details);
    transfer = { conduct: conduct as Transfer['conduct'], unit: String(t.unit), to, note };
  }
  if (details.length) throw new InputError('revisit is invalid', details, 'invalid_revisit');
  return { level: level as string | null, implementation, transfer };
}

function text(value: unknown, path: string, details: ErrorDetail[], max = 2000): string {
  if (typeof value !== 'string' || value.trim().length < 2 || value.length > max) {
    details.push({ path, reason: `2..${max} characters` });
    return '';
  }
  return value.trim();
}
