/**
 * A jurisdiction's own sample data for the publish-time dry run: what its scenarios submit (intake
 * form data) and complete tasks with. Unreadable scenario files are skipped (the scenario suite
 * itself reports them).
 */
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import type { JsonObject } from '../common/json.js';
import type { DraftSamples } from '../definitions/validate/index.js';
import { readScenario } from './scenario-file.js';
import { scenarioSuffix } from './scenario-files.js';
import { stepBody, stepKind } from './scenario.js';

/** The `*.scenario.json` files of one definition folder, sorted. */
export async function folderScenarioFiles(folder: string): Promise<string[]> {
  const dir = join(folder, 'scenarios');
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(scenarioSuffix))
    .sort()
    .map((n) => join(dir, n));
}

export async function scenarioSamples(folder: string): Promise<DraftSamples> {
  const intake: JsonObject[] = [];
  const tasks: JsonObject[] = [];
  for (const file of await folderScenarioFiles(folder)) {
    const scenario = await readScenario(file).catch(() => null);
    for (const step of scenario?.steps ?? []) {
      const kind = stepKind(step);
      if (kind === 'submit') intake.push(stepBody(step, 'submit').data);
      if (kind === 'complete') tasks.push(stepBody(step, 'complete').data);
    }
  }
  return { intake, tasks };
}
