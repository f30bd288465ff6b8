import type { JsonObject } from '../common/json.js';
import type { Mechanism } from '../definitions/mechanism.js';
import { evaluateRules } from '../expressions/rules.js';
import type { EnterpriseRecord } from '../store/records.js';

export interface PolicyMatch {
  id: string;
  title: string;
}

/**
 * 政策计算器: the policies whose jsonata rule holds for `{ enterprise }` (tags, scale, industry, area),
 * all rules in one batch under the expression budget.
 */
export async function matchPolicies(
  mechanism: Mechanism,
  enterprise: EnterpriseRecord,
): Promise<PolicyMatch[]> {
  const policies = mechanism.services.policyMatching?.policies ?? [];
  const rules = policies.map((p, i) => ({
    name: `政策计算器规则 ${p.id}`,
    path: `/services/policyMatching/policies/${i}/rule`,
    expression: p.rule,
  }));
  const values = await evaluateRules(mechanism.id, rules, {
    enterprise: enterprise as unknown as JsonObject,
  });
  return policies.filter((_, i) => values[i] === true).map((p) => ({ id: p.id, title: p.title }));
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
