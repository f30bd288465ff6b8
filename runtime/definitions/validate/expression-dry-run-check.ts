/**
 * The publish-time dry run: every expression of the draft — FEEL in its BPMN, JSONata rules in
 * mechanism.json — evaluated on sample data (draft-samples.ts) under the same budget as at run
 * time, on the expression evaluator's workers. An expression that exceeds the budget on a sample
 * refuses the publish where it is written. Errors other than the budget (an unknown function, a
 * type mismatch) are run-time matters and not judged here. At most `maxRunaways` are reported, so
 * a hostile draft cannot keep the publish busy for long.
 */
import type { JsonObject } from '../../common/json.js';
import { expressionEvaluator } from '../../expressions/expression-evaluator.js';
import { exceeded, type ExpressionItem } from '../../expressions/expression-protocol.js';
import { abbreviated } from '../../expressions/feel-evaluator.js';
import type { DefinitionProblem, FormResource } from '../definition-bundle.js';
import type { Mechanism } from '../mechanism.js';
import type { BpmnDocument } from './bpmn-document.js';
import { variableSamples, type DraftSamples } from './draft-samples.js';
import { feelOccurrences, feelSyntaxError } from './feel-expressions-check.js';
import { mechanismFile } from './mechanism-schema-check.js';
import { jsonataSyntaxError, routingRuleEntries } from './routing-rules-check.js';

const maxRunaways = 5;
/** Expressions per batch: a runaway stops its worker, so few are evaluated again after one. */
const chunk = 16;

export interface DryRunContext {
  jurisdiction: string;
  mechanism: Mechanism;
  documents: readonly BpmnDocument[];
  forms: readonly FormResource[];
  samples: DraftSamples;
}

/** One expression to try: how to evaluate it on a sample, and the problem it is if it runs away. */
interface Candidate {
  item: (variables: JsonObject) => ExpressionItem;
  problem: (limit: string) => DefinitionProblem;
}

function feelCandidates(documents: readonly BpmnDocument[]): Candidate[] {
  return feelOccurrences(documents)
    .filter((o) => feelSyntaxError(o.expression.slice(1)) === null)
    .map((o) => ({
      item: (variables) => ({ language: 'feel', expression: o.expression.slice(1), input: variables }),
      problem: (limit) => ({
        file: o.file,
        ...(o.elementId ? { elementId: o.elementId } : {}),
        reason: `${o.property} 的 FEEL 表达式在样例数据上超出运行预算（${limit}），已被终止：${abbreviated(o.expression)}`,
        severity: 'error',
      }),
    }));
}

function ruleCandidates(mechanism: Mechanism): Candidate[] {
  const rules: [string, string, (v: JsonObject) => JsonObject][] = routingRuleEntries(mechanism).map(
    ([name, rule]) => [
      `/routing/${name}`,
      rule,
      (v) => ({ data: v.data ?? null, channel: v.channel ?? null }),
    ],
  );
  const enterprise = (): JsonObject => ({
    enterprise: {
      id: 'dry-run',
      name: '样例企业',
      tags: [],
      scale: '规上',
      industry: 'industrial',
      area: '',
    },
  });
  (mechanism.services.policyMatching?.policies ?? []).forEach((p, i) => {
    if (p.rule !== undefined) rules.push([`/services/policyMatching/policies/${i}/rule`, p.rule, enterprise]);
  });
  if (mechanism.services.keyEnterprises)
    rules.push(['/services/keyEnterprises/rule', mechanism.services.keyEnterprises.rule, enterprise]);
  return rules
    .filter(([, rule]) => jsonataSyntaxError(rule) === null)
    .map(([path, rule, input]) => ({
      item: (variables) => ({ language: 'jsonata', expression: rule, input: input(variables) }),
      problem: (limit) => ({
        file: mechanismFile,
        path,
        reason: `规则在样例数据上超出运行预算（${limit}），已被终止：${abbreviated(rule)}`,
        severity: 'error',
      }),
    }));
}

export async function dryRunExpressions(context: DryRunContext): Promise<DefinitionProblem[]> {
  const evaluator = expressionEvaluator();
  const { timeMs, memoryMb } = evaluator.budget;
  let candidates = [...feelCandidates(context.documents), ...ruleCandidates(context.mechanism)];
  const problems: DefinitionProblem[] = [];
  const samples = variableSamples(context.jurisdiction, context.mechanism, context.forms, context.samples);
  for (const variables of samples) {
    const runaway = new Set<Candidate>();
    for (let start = 0; start < candidates.length && problems.length < maxRunaways; start += chunk) {
      const batch = candidates.slice(start, start + chunk);
      const outcomes = await evaluator.evaluate(
        context.jurisdiction,
        batch.map((c) => c.item(variables)),
      );
      outcomes.forEach((outcome, i) => {
        if (!exceeded(outcome) || problems.length >= maxRunaways) return;
        const candidate = batch[i] as Candidate;
        runaway.add(candidate);
        problems.push(
          candidate.problem(outcome.exceeded === 'memory' ? `内存 ${memoryMb} MB` : `${timeMs} 毫秒`),
        );
      });
    }
    candidates = candidates.filter((c) => !runaway.has(c));
  }
  return problems;
}
