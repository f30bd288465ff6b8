import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const scenarioSuffix = '.scenario.json';

/** Every `<root>/<jurisdiction>/scenarios/*.scenario.json`, sorted by path. */
export async function findScenarioFiles(definitionsRoot: string): Promise<string[]> {
  const files: string[] = [];
  for (const jurisdiction of await names(definitionsRoot)) {
    const dir = join(definitionsRoot, jurisdiction, 'scenarios');
    for (const name of await names(dir)) if (name.endsWith(scenarioSuffix)) files.push(join(dir, name));
  }
  return files.sort();
}

async function names(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}
