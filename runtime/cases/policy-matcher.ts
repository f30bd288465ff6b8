import jsonata from 'jsonata';
import type { Mechanism } from '../definitions/mechanism.js';
import type { EnterpriseRecord } from '../store/records.js';

export interface PolicyMatch {
  id: string;
  title: string;
}

const compiled = new Map<string, jsonata.Expression>();

function rule(expression: string): jsonata.Expression {
  let expr = compiled.get(expression);
  if (!expr) {
    expr = jsonata(expression);
    compiled.set(expression, expr);
  }
  return expr;
}

/** 政策计算器: the policies whose jsonata rule holds for `{ enterprise }` (tags, scale, industry, area). */
export async function matchPolicies(
  mechanism: Mechanism,
  enterprise: EnterpriseRecord,
): Promise<PolicyMatch[]> {
  const policies = mechanism.services.policyMatching?.policies ?? [];
  const matches: PolicyMatch[] = [];
  for (const p of policies) {
    if ((await rule(p.rule).evaluate({ enterprise })) === true) matches.push({ id: p.id, title: p.title });
  }
  return matches;
}

/** 一企一策: whether the enterprise is a key enterprise that gets a named owner and plan. */
export async function isKeyEnterprise(mechanism: Mechanism, enterprise: EnterpriseRecord): Promise<boolean> {
  const key = mechanism.services.keyEnterprises;
  return key ? (await rule(key.rule).evaluate({ enterprise })) === true : false;
}
