/**
 * A rule labelled `policy` must quote its jurisdiction's own policy text exactly (fragments joined
 * by "……" in text order). Runs wherever the text is at hand — `npm run defs:validate` and CI, which
 * fail when the text is missing rather than skip the check.
 */
import type { DefinitionProblem, RawDefinitionBundle } from '../definition-bundle.js';
import { unquotedFragments } from '../policy-quote.js';
import { isRuleSource } from '../rule-source-schema.js';
import { formSources, mechanismSources, type LocatedSource } from './rule-sources.js';

export function checkPolicyQuotes(
  bundle: Pick<RawDefinitionBundle, 'mechanism' | 'forms'>,
  policyText: string,
  policyFile: string,
): DefinitionProblem[] {
  return [...mechanismSources(bundle.mechanism), ...formSources(bundle)].flatMap((located) =>
    quoteProblems(located, policyText, policyFile),
  );
}

/** The problem of one located source, if it is a policy quote not found in the text. */
export function quoteProblems(
  { file, path, value }: LocatedSource,
  policyText: string,
  policyFile: string,
): DefinitionProblem[] {
  if (!isRuleSource(value) || value.kind !== 'policy') return [];
  const missing = unquotedFragments(value.quote, policyText);
  if (missing.length === 0) return [];
  return [
    {
      file,
      path: `${path}/quote`,
      reason: `not found in ${policyFile}: ${missing.map((m) => `"${m}"`).join(', ')}`,
      severity: 'error',
    },
  ];
}
