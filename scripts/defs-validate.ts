/**
 * Validates definition folders: `tsx scripts/defs-validate.ts [dir ...]` (npm run defs:validate).
 * With no arguments, every folder under `definitions/` that holds a mechanism.json. Prints one line
 * per problem (`definitions/x/processes/y.bpmn#Task_1: reason`), a summary per folder, and exits 1
 * when any folder has an error. Warnings are printed but do not fail. The folder's scenario inputs
 * are the expression dry run's samples (the scenarios themselves run in `npm test`).
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefinitionError } from '../runtime/common/errors.js';
import { listDefinitionFolders, loadDefinitionFolder } from '../runtime/definitions/definition-loader.js';
import { problemLocation, validateDefinition } from '../runtime/definitions/validate/index.js';
import { scenarioSamples } from '../runtime/scenarios/scenario-samples.js';

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
    const samples = await scenarioSamples(folder);
    const problems = await validateDefinition(await loadDefinitionFolder(folder), { samples });
    return problems.map((p) => ({ location: problemLocation(p), reason: p.reason, severity: p.severity }));
  } catch (e) {
    if (!(e instanceof DefinitionError)) throw e;
    return e.details.map((d) => ({ location: d.path, reason: d.reason, severity: 'error' }));
  }
}

function shown(path: string): string {
  return (relative(process.cwd(), path) || '.').split(sep).join('/');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

process.exitCode = await main(process.argv.slice(2));
