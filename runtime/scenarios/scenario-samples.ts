/**
 * A jurisdiction's own sample data for the publish-time dry run: what its scenarios submit (intake
 * form data) and complete tasks with. Unreadable scenario files are skipped (the scenario suite
 * itself reports them).
 */
import type { JsonObject } from '../common/json.js';
import type { DraftSamples } from '../definitions/validate/index.js';
import { readScenario } from './scenario-file.js';
import { scenarioFilesOf } from './scenario-files.js';
import { stepBody, stepKind } from './scenario.js';

export async function scenarioSamples(folder: string): Promise<DraftSamples> {
  const intake: JsonObject[] = [];
  const tasks: JsonObject[] = [];
  for (const file of await scenarioFilesOf(folder)) {
    const scenario = await readScenario(file).catch(() => null);
    for (const step of scenario?.steps ?? []) {
      const kind = stepKind(step);
      if (kind === 'submit') intake.push(stepBody(step, 'submit').data);
      if (kind === 'complete') tasks.push(stepBody(step, 'complete').data);
    }
  }
  return { intake, tasks };
}
