import type { JsonObject } from '../common/json.js';
import type { CataloguePolicy, Mechanism } from '../definitions/mechanism.js';
import { evaluateRules } from '../expressions/rules.js';
import type { EnterpriseRecord } from '../store/records.js';

/** A catalogue policy as an enterprise or its officer sees it (no rule, no source). */
export type PolicyMatch = Pick<
  CataloguePolicy,
  'id' | 'title' | 'issuer' | 'issuedOn' | 'validUntil' | 'tags' | 'text' | 'link'
>;

/** Whether the policy is in force on the local date `today` (YYYY-MM-DD compares as text). */
function inForce(policy: CataloguePolicy, today: string | undefined): boolean {
  if (today === undefined) return true;
  return (policy.issuedOn ?? today) <= today && today <= (policy.validUntil ?? today);
}

/** Whether the enterprise carries one of the policy's tags (政策和企业标签库); no tags: any. */
function tagged(policy: CataloguePolicy, enterprise: EnterpriseRecord): boolean {
  return !policy.tags?.length || policy.tags.some((tag) => enterprise.tags.includes(tag));
}

/**
 * 政策计算器 / 政策清单: the catalogue's policies in force on `today` (the jurisdiction's local date;
 * omitted: any date) that the enterprise qualifies for — one of their tags, and their jsonata rule
 * over `{ enterprise }` (tags, scale, industry, area) where they have one, all rules in one batch
 * under the expression budget.
 */
export async function matchPolicies(
  mechanism: Mechanism,
  enterprise: EnterpriseRecord,
  today?: string,
): Promise<PolicyMatch[]> {
  const candidates = (mechanism.services.policyMatching?.policies ?? [])
    .map((policy, index) => ({ policy, index }))
    .filter(({ policy }) => inForce(policy, today) && tagged(policy, enterprise));
  const ruled = candidates.filter(({ policy }) => policy.rule !== undefined);
  const rules = ruled.map(({ policy, index }) => ({
    name: `政策计算器规则 ${policy.id}`,
    path: `/services/policyMatching/policies/${index}/rule`,
    expression: policy.rule ?? '',
  }));
  const values = await evaluateRules(mechanism.id, rules, {
    enterprise: enterprise as unknown as JsonObject,
  });
  const refused = new Set(ruled.filter((_, i) => values[i] !== true).map(({ index }) => index));
  return candidates
    .filter(({ index }) => !refused.has(index))
    .map(({ policy: { id, title, issuer, issuedOn, validUntil, tags, text, link } }) => ({
      id,
      title,
      ...(issuer === undefined ? {} : { issuer }),
      ...(issuedOn === undefined ? {} : { issuedOn }),
      ...(validUntil === undefined ? {} : { validUntil }),
      ...(tags === undefined ? {} : { tags }),
      ...(text === undefined ? {} : { text }),
      ...(link === undefined ? {} : { link }),
    }));
}

/** 一企一策: whether the enterprise is a key enterprise that gets a named owner and plan. */
export async function isKeyEnterprise(mechanism: Mechanism, enterprise: EnterpriseRecord): Promise<boolean> {
  const key = mechanism.services.keyEnterprises;
  if (!key) return false;
  const rule = { name: '一企一策规则', path: '/services/keyEnterprises/rule', expression: key.rule };
  const [value] = await evaluateRules(mechanism.id, [rule], {
    enterprise: enterprise as unknown as JsonObject,
  });
  return value === true;
}
