import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { listDefinitionFolders } from '../definitions/definition-loader.js';

export const scenarioSuffix = '.scenario.json';

/** Every `<root>/<jurisdiction>/scenarios/*.scenario.json` of a jurisdiction folder, sorted by path. */
export async function findScenarioFiles(definitionsRoot: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of await listDefinitionFolders(definitionsRoot)) {
    const dir = join(folder, 'scenarios');
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith(scenarioSuffix)) files.push(join(dir, name));
  }
  return files.sort();
}
