import type { Mechanism } from './mechanism.js';

/**
 * 单位名称: text written for a person (an answer assembled from co-unit opinions, a notice) names
 * units, never their ids — every group id of the mechanism (`dept-public-security`) standing alone
 * in the text becomes its Chinese label (公安部门). Longer ids first, so `dept-a-b` wins over `dept-a`.
 */
export function withUnitNames(text: string, mechanism: Pick<Mechanism, 'groups'>): string {
  const groups = [...mechanism.groups].sort((a, b) => b.id.length - a.id.length);
  let out = text;
  for (const g of groups) {
    const escaped = g.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'), g.label.zh);
  }
  return out;
}
