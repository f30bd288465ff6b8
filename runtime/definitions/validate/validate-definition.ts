/**
 * Validates a raw definition bundle: the mechanism against its schema and its references, routing
 * rules, form schemas and their own conditions, BPMN (Camunda 8.5 lint, FEEL syntax, references to
 * workers, forms and groups, every element reachable from a start and able to reach an end), that
 * every variable an expression reads is produced by a form, a worker or a mapping, the dry run of
 * every expression on sample data under the expression budget, and where every rule comes from
 * (forms' `x-source`; quotes against the policy text are checked by `checkPolicyQuotes` where the
 * text is at hand). Checks that read the mechanism run only when it is schema-valid. Returns every
 * problem, errors and warnings; it never throws on bad content.
 */
import type { DefinitionProblem, RawDefinitionBundle } from '../definition-bundle.js';
import { knownJobTypes } from '../job-catalogue.js';
import { readBpmnDocument } from './bpmn-document.js';
import { checkBpmnLint } from './bpmn-lint-check.js';
import { checkBpmnReferences } from './bpmn-references-check.js';
import { checkFeelExpressions } from './feel-expressions-check.js';
import { checkFormSchemas } from './form-schema-check.js';
import { checkMechanismReferences } from './mechanism-references-check.js';
import { checkMechanismRules } from './mechanism-rules-check.js';
import { checkMechanismSchema, isMechanism } from './mechanism-schema-check.js';
import { checkRoutingRules } from './routing-rules-check.js';
import { checkReachability } from './bpmn-reachability-check.js';
import type { DraftSamples } from './draft-samples.js';
import { dryRunExpressions } from './expression-dry-run-check.js';
import { checkFormConditions } from './form-conditions-check.js';
import { checkVariableFlow } from './variable-flow-check.js';
import { checkRuleSources } from './rule-sources-check.js';

export interface ValidateOptions {
  /** The jurisdiction's own sample data for the dry run (e.g. its scenarios' inputs). */
  samples?: DraftSamples;
}

export async function validateDefinition(
  bundle: RawDefinitionBundle,
  options: ValidateOptions = {},
): Promise<DefinitionProblem[]> {
  const documents = await Promise.all(bundle.processes.map(readBpmnDocument));
  const formKeys = new Set(bundle.forms.map((f) => f.key));
  const mechanism = isMechanism(bundle.mechanism) ? bundle.mechanism : null;
  const { forms, jurisdiction } = bundle;
  const mechanismProblems = mechanism
    ? [
        ...checkMechanismReferences(mechanism, { jurisdiction, documents, formKeys }),
        ...checkRoutingRules(mechanism),
        ...checkMechanismRules(mechanism, documents),
        ...checkVariableFlow({ documents, forms, mechanism }),
        ...(await dryRunExpressions({
          jurisdiction,
          mechanism,
          documents,
          forms,
          samples: options.samples ?? {},
        })),
      ]
    : checkMechanismSchema(bundle.mechanism);
  const groups = mechanism ? new Set(mechanism.groups.map((g) => g.id)) : null;
  const tiers = mechanism ? new Set(mechanism.tiers.map((t) => t.id)) : null;
  return [
    ...mechanismProblems,
    ...checkFormSchemas(bundle.forms),
    ...checkFormConditions(bundle.forms),
    ...checkRuleSources(bundle),
    ...(await checkBpmnLint(documents)),
    ...checkFeelExpressions(documents),
    ...checkBpmnReferences(documents, { jobTypes: knownJobTypes, formKeys, groups, tiers }),
    ...checkReachability(documents),
  ];
}

export function hasErrors(problems: readonly DefinitionProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
