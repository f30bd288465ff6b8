import type { ErrorDetail } from '../common/errors.js';
import type { EnterpriseRecord } from '../store/records.js';
import { creditCodeProblem } from '../forms/credit-code.js';

/** 规上 / 规下 (规模以上 / 以下工业企业). */
export const enterpriseScales = ['规上', '规下'] as const;

export type EnterpriseInput = Omit<EnterpriseRecord, 'id' | 'jurisdiction'>;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v).trim());
const optional = (v: unknown): string | null => text(v) || null;

/** Normalises and checks one enterprise (from JSON or a sheet row); problems are reported per field. */
export function parseEnterprise(raw: Record<string, unknown>): {
  value: EnterpriseInput;
  problems: ErrorDetail[];
} {
  const problems: ErrorDetail[] = [];
  const creditCode = text(raw.creditCode).toUpperCase();
  const codeProblem = creditCodeProblem(creditCode);
  if (codeProblem) problems.push({ path: '/creditCode', reason: codeProblem });
  const name = text(raw.name);
  if (name.length < 2 || name.length > 100) problems.push({ path: '/name', reason: 'length 2..100' });
  const scale = optional(raw.scale);
  if (scale && !(enterpriseScales as readonly string[]).includes(scale))
    problems.push({ path: '/scale', reason: `one of ${enterpriseScales.join(', ')}` });
  const tags = Array.isArray(raw.tags)
    ? raw.tags.map(text)
    : text(raw.tags)
        .split(/[,，;；、]/)
        .map((t) => t.trim());
  const value: EnterpriseInput = {
    creditCode,
    name,
    scale,
    industry: optional(raw.industry),
    area: optional(raw.area),
    tags: [...new Set(tags.filter(Boolean))],
  };
  for (const [field, v] of [
    ['industry', value.industry],
    ['area', value.area],
  ] as const)
    if (v && v.length > 100) problems.push({ path: `/${field}`, reason: 'at most 100 characters' });
  if (value.tags.some((t) => t.length > 50) || value.tags.length > 20)
    problems.push({ path: '/tags', reason: 'at most 20 tags of 50 characters' });
  return { value, problems };
}
