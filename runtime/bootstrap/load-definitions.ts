import { listDefinitionFolders, loadDefinitionFolder } from '../definitions/definition-loader.js';
import { draftChecks } from '../scenarios/draft-checks.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Platform } from './platform.js';

/**
 * Publish every folder under `root` whose content is new; a folder already published (whatever
 * version is current now, e.g. after a rollback in the studio) changes nothing. Its scenarios'
 * inputs are dry-run samples, the scenarios themselves run in `npm test`.
 */
export async function loadDefinitions(platform: Platform, root: string): Promise<DefinitionVersionRecord[]> {
  const published: DefinitionVersionRecord[] = [];
  for (const dir of await listDefinitionFolders(root)) {
    const checks = await draftChecks(dir, false);
    published.push(
      await platform.publisher.publishFolder(await loadDefinitionFolder(dir), 'definitions-folder', checks),
    );
  }
  return published;
}
