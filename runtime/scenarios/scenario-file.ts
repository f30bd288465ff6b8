/**
 * Reads a `*.scenario.json` file: JSON Schema first (`scenario.schema.json`), then references the
 * schema cannot see (actors named by `as`, case refs used before they are submitted). Every problem
 * is reported at once, naming the file and the step index.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ErrorObject } from 'ajv';
import { DefinitionError, type ErrorDetail } from '../common/errors.js';
import { ajvWithMechanismSchema } from '../definitions/rule-source-schema.js';
import { actionKinds, stepBody, stepKind, type Scenario, type Step } from './scenario.js';

const schema = JSON.parse(readFileSync(new URL('./scenario.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
// `source` refers to the mechanism schema's RuleSource, so the validator knows that schema too.
const validate = ajvWithMechanismSchema().compile<Scenario>(schema);

export async function readScenario(file: string): Promise<Scenario> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (e) {
    throw new DefinitionError(`${file}: not readable JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!validate(value)) throw invalid(file, schemaProblems(validate.errors ?? []));
  const problems = referenceProblems(value);
  if (problems.length > 0) throw invalid(file, problems);
  return value;
}

function invalid(file: string, problems: ErrorDetail[]): DefinitionError {
  const lines = problems.map((p) => `  ${describePath(p.path)}: ${p.reason}`);
  return new DefinitionError(`${file}: invalid scenario\n${lines.join('\n')}`, problems);
}

/** `/steps/3/complete/as` -> `steps[3] complete/as`, so a reader finds the step at once. */
function describePath(path: string): string {
  const step = /^\/steps\/(\d+)(\/.*)?$/.exec(path);
  if (!step) return path || '(file)';
  return `steps[${step[1]}]${step[2] ? ` ${step[2].slice(1)}` : ''}`;
}

function schemaProblems(errors: ErrorObject[]): ErrorDetail[] {
  return errors
    .filter((e) => !['oneOf', 'if'].includes(e.keyword))
    .map((e) => {
      const params = e.params as { additionalProperty?: string; missingProperty?: string };
      const extra = params.additionalProperty ? ` '${params.additionalProperty}'` : '';
      // The schema's only `not`: advance takes `to`, or `workingDays` and/or `hours`.
      if (e.keyword === 'not')
        return { path: e.instancePath, reason: '`to` cannot be combined with `workingDays` or `hours`' };
      return { path: e.instancePath, reason: `${e.message ?? e.keyword}${extra}` };
    });
}

function referenceProblems(scenario: Scenario): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const refs = new Set<string>();
  let submitted = false;
  scenario.steps.forEach((outer, i) => {
    const kind = stepKind(outer);
    const step: Step = kind === 'expectError' ? stepBody(outer, 'expectError').step : outer;
    const inner = stepKind(step);
    const body = stepBody(step, inner) as { as?: string; case?: string; ref?: string } | null;
    const at = kind === 'expectError' ? `/steps/${i}/expectError/step/${inner}` : `/steps/${i}/${inner}`;
    if (body?.as !== undefined && !(body.as in scenario.actors)) {
      problems.push({ path: `${at}/as`, reason: `no actor '${body.as}' in actors` });
    }
    if (body?.case !== undefined && !refs.has(body.case)) {
      problems.push({ path: `${at}/case`, reason: `no case submitted earlier with ref '${body.case}'` });
    }
    if (inner === 'submit' && kind !== 'expectError') {
      submitted = true;
      if (body?.ref !== undefined) refs.add(body.ref);
    } else if (needsCase(inner) && !submitted) {
      problems.push({ path: at, reason: 'acts on a case, but no case is submitted before it' });
    }
  });
  return problems;
}

/** Steps about policies (送政策, 每月政策收集), not about a case. */
const caseFreeKinds = [
  'pushPolicy',
  'deliverPolicy',
  'readPolicy',
  'expectPolicyNotices',
  'collectPolicies',
  'expectPolicyCollections',
];

function needsCase(kind: string): boolean {
  if (kind === 'submit' || kind === 'advance' || kind === 'expectSummary') return false;
  if (caseFreeKinds.includes(kind)) return false;
  return (actionKinds as readonly string[]).includes(kind) || kind.startsWith('expect');
}
