import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { listDefinitionFolders } from '../definitions/definition-loader.js';

export const scenarioSuffix = '.scenario.json';

/** Every `<root>/<jurisdiction>/scenarios/*.scenario.json` of a jurisdiction folder, sorted by path. */
export async function findScenarioFiles(definitionsRoot: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of await listDefinitionFolders(definitionsRoot))
    files.push(...(await scenarioFilesOf(folder)));
  return files.sort();
}

/** The `scenarios/*.scenario.json` files of one definition folder, sorted by path. */
export async function scenarioFilesOf(folder: string): Promise<string[]> {
  const dir = join(folder, 'scenarios');
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(scenarioSuffix))
    .map((name) => join(dir, name))
    .sort();
}
