/**
 * The gate before publishing: a raw bundle either becomes a typed `DefinitionBundle` or fails with
 * a DefinitionError whose details locate every error (`path` = file#element/pointer, plus `file`,
 * `elementId`, `severity`). Warnings pass. Content that passed is not judged again in this process
 * (a scenario sandbox publishes the draft it has just validated, once per scenario).
 */
import { createHash } from 'node:crypto';
import { DefinitionError, type ErrorDetail } from '../../common/errors.js';
import type { DefinitionBundle, DefinitionProblem, RawDefinitionBundle } from '../definition-bundle.js';
import { isMechanism } from './mechanism-schema-check.js';
import { problemLocation } from './problem-location.js';
import { validateDefinition, type ValidateOptions } from './validate-definition.js';

/** A refusal detail: where (`path`, `file`, `elementId`), why, and how bad — the studio's problem shape. */
export interface LocatedDetail extends ErrorDetail {
  file: string;
  elementId?: string;
  severity: DefinitionProblem['severity'];
}

export function locatedDetail(problem: DefinitionProblem): LocatedDetail {
  return {
    path: problemLocation(problem),
    file: problem.file,
    ...(problem.elementId ? { elementId: problem.elementId } : {}),
    reason: problem.reason,
    severity: problem.severity,
  };
}

/** Bundles that passed, by content hash, with the sample sets they passed with ('' = none given). */
const passed = new Map<string, { problems: DefinitionProblem[]; samples: Set<string> }>();

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

async function judgedOnce(
  bundle: RawDefinitionBundle,
  options: ValidateOptions,
): Promise<DefinitionProblem[]> {
  const key = hash([bundle.jurisdiction, bundle.mechanism, bundle.processes, bundle.forms]);
  const samples = options.samples ? hash(options.samples) : '';
  const known = passed.get(key);
  // passing with sample data means passing without it: the form's own samples are always tried
  if (known && (samples === '' || known.samples.has(samples))) return known.problems;
  const problems = await validateDefinition(bundle, options);
  if (problems.some((p) => p.severity === 'error')) return problems; // judged afresh next time
  if (!known && passed.size >= 16) passed.delete(passed.keys().next().value as string);
  const entry = known ?? { problems, samples: new Set<string>() };
  entry.samples.add(samples);
  passed.set(key, entry);
  return problems;
}

export async function assertValidDefinition(
  bundle: RawDefinitionBundle,
  options: ValidateOptions = {},
): Promise<DefinitionBundle> {
  const errors = (await judgedOnce(bundle, options)).filter((p) => p.severity === 'error');
  const { mechanism } = bundle;
  if (errors.length > 0 || !isMechanism(mechanism)) {
    throw new DefinitionError(
      `definition ${bundle.jurisdiction} has ${errors.length} error(s)`,
      errors.map(locatedDetail),
    );
  }
  return { ...bundle, mechanism };
}
