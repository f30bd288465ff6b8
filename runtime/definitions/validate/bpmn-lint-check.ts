/**
 * Lints each BPMN file with bpmnlint and the Camunda 8.5 compatibility rules
 * (`plugin:camunda-compat/camunda-cloud-8-5`): what Zeebe 8.5 would refuse to deploy or run.
 * XML errors and import warnings of the file are reported here too; a file that has them is not
 * linted, as the rules assume a well-formed model (they crash on unresolved references).
 */
import { createRequire } from 'node:module';
import type { DefinitionProblem } from '../definition-bundle.js';
import type { BpmnDocument } from './bpmn-document.js';

/** The bpmnlint configuration: the rule set of the Zeebe version we deploy to, unchanged. */
export const bpmnLintConfig = { extends: 'plugin:camunda-compat/camunda-cloud-8-5' } as const;

type LintCategory = 'error' | 'warn' | 'info' | 'rule-error';

interface LintReport {
  id?: string;
  message: string;
  category: LintCategory;
}

interface Linter {
  lint(definitions: unknown): Promise<Record<string, LintReport[]>>;
}

interface LinterConstructor {
  new (options: { config: typeof bpmnLintConfig; resolver: unknown }): Linter;
}

type NodeResolverConstructor = new (options: { require: NodeJS.Require }) => unknown;

const require = createRequire(import.meta.url);
let linter: Linter | undefined;

function getLinter(): Linter {
  if (!linter) {
    const { Linter } = require('bpmnlint') as { Linter: LinterConstructor };
    const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as NodeResolverConstructor;
    // Resolve plugins from this module, not from the process's working directory.
    linter = new Linter({ config: bpmnLintConfig, resolver: new NodeResolver({ require }) });
  }
  return linter;
}

export async function checkBpmnLint(documents: readonly BpmnDocument[]): Promise<DefinitionProblem[]> {
  const problems: DefinitionProblem[] = [];
  for (const document of documents) {
    problems.push(...document.problems);
    if (!document.definitions || document.problems.length > 0) continue;
    const results = await getLinter().lint(document.definitions);
    for (const [rule, reports] of Object.entries(results)) {
      problems.push(...reports.map((report) => toProblem(document.file, rule, report)));
    }
  }
  return problems;
}

/** A rule that crashed proves nothing about the model: that is a warning, not an error. */
function toProblem(file: string, rule: string, report: LintReport): DefinitionProblem {
  const severity = report.category === 'error' ? 'error' : 'warning';
  const message = report.category === 'rule-error' ? `rule failed: ${report.message}` : report.message;
  const problem: DefinitionProblem = { file, reason: `${rule}: ${message}`, severity };
  if (report.id) problem.elementId = report.id;
  return problem;
}
