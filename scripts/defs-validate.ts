/**
 * Validates definition folders: `tsx scripts/defs-validate.ts [dir ...]` (npm run defs:validate).
 * With no arguments, every folder under `definitions/` that holds a mechanism.json. Prints one line
 * per problem (`definitions/x/processes/y.bpmn#Task_1: reason`), a summary per folder, and exits 1
 * when any folder has an error. Warnings are printed but do not fail. The folder's scenario inputs
 * are the expression dry run's samples (the scenarios themselves run in `npm test`).
 *
 * Beyond the publish gate it checks where every rule comes from: each `policy` source of the
 * mechanism, the forms and the scenarios must quote the jurisdiction's policy text exactly
 * (`../shared/policies/<policy.file>`, or POLICIES_DIR). A missing text is an error, not a skip.
 */
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefinitionError } from '../runtime/common/errors.js';
import type { DefinitionProblem, RawDefinitionBundle } from '../runtime/definitions/definition-bundle.js';
import { listDefinitionFolders, loadDefinitionFolder } from '../runtime/definitions/definition-loader.js';
import { policiesDir, readPolicyText } from '../runtime/definitions/policy-texts.js';
import {
  checkPolicyQuotes,
  problemLocation,
  quoteProblems,
  validateDefinition,
} from '../runtime/definitions/validate/index.js';
import { scenarioSamples } from '../runtime/scenarios/scenario-samples.js';
import { readScenario } from '../runtime/scenarios/scenario-file.js';
import { scenarioFilesOf } from '../runtime/scenarios/scenario-files.js';

interface Finding {
  location: string;
  reason: string;
  severity: 'error' | 'warning';
}

const definitionsRoot = fileURLToPath(new URL('../definitions', import.meta.url));

async function main(args: readonly string[]): Promise<number> {
  const folders =
    args.length > 0 ? args.map((a) => resolve(a)) : await listDefinitionFolders(definitionsRoot);
  if (folders.length === 0) {
    console.log(`no definition folders under ${shown(definitionsRoot)}`);
    return 0;
  }
  let failed = 0;
  for (const folder of folders) {
    if (!(await reportFolder(folder))) failed += 1;
  }
  console.log(
    failed > 0
      ? `${failed} of ${folders.length} definition(s) invalid`
      : `${folders.length} definition(s) valid`,
  );
  return failed > 0 ? 1 : 0;
}

/** Prints the folder's findings and summary; true when it has no errors. */
async function reportFolder(folder: string): Promise<boolean> {
  const findings = await findingsOf(folder);
  const name = shown(folder);
  for (const f of findings)
    console.log(`${name}/${f.location}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.reason}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  console.log(
    `${name}: ${errors > 0 ? plural(errors, 'error') : 'ok'}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`,
  );
  return errors === 0;
}

async function findingsOf(folder: string): Promise<Finding[]> {
  try {
    const raw = await loadDefinitionFolder(folder);
    const samples = await scenarioSamples(folder);
    const problems = [
      ...(await validateDefinition(raw, { samples })),
      ...(await sourceProblems(folder, raw)),
    ];
    return problems.map((p) => ({ location: problemLocation(p), reason: p.reason, severity: p.severity }));
  } catch (e) {
    if (!(e instanceof DefinitionError)) throw e;
    return e.details.map((d) => ({ location: d.path, reason: d.reason, severity: 'error' }));
  }
}

/** Policy quotes of the mechanism, the forms and the scenarios, against the jurisdiction's text. */
async function sourceProblems(folder: string, raw: RawDefinitionBundle): Promise<DefinitionProblem[]> {
  const file = (raw.mechanism as { policy?: { file?: unknown } } | null)?.policy?.file;
  if (typeof file !== 'string') return []; // the schema check reports it
  const text = readPolicyText(file);
  if (text === null)
    return [
      {
        file: 'mechanism.json',
        path: '/policy/file',
        reason: `policy text ${file} not found in ${policiesDir()} (set POLICIES_DIR): quotes cannot be checked`,
        severity: 'error',
      },
    ];
  const problems = checkPolicyQuotes(raw, text, file);
  for (const path of await scenarioFilesOf(folder)) {
    const at = `scenarios/${relative(join(folder, 'scenarios'), path)}`;
    try {
      const scenario = await readScenario(path);
      problems.push(...quoteProblems({ file: at, path: '/source', value: scenario.source }, text, file));
    } catch (e) {
      if (!(e instanceof DefinitionError)) throw e;
      problems.push(
        ...e.details.map((d) => ({ file: at, path: d.path, reason: d.reason, severity: 'error' as const })),
      );
    }
  }
  return problems;
}

function shown(path: string): string {
  return (relative(process.cwd(), path) || '.').split(sep).join('/');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

process.exitCode = await main(process.argv.slice(2));
