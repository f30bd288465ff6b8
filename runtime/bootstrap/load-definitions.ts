import { listDefinitionFolders, loadDefinitionFolder } from '../definitions/definition-loader.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Platform } from './platform.js';

/**
 * Publish every folder under `root` whose content is new; a folder already published (whatever
 * version is current now, e.g. after a rollback in the studio) changes nothing.
 */
export async function loadDefinitions(platform: Platform, root: string): Promise<DefinitionVersionRecord[]> {
  const published: DefinitionVersionRecord[] = [];
  for (const dir of await listDefinitionFolders(root)) {
    published.push(
      await platform.publisher.publishFolder(await loadDefinitionFolder(dir), 'definitions-folder'),
    );
  }
  return published;
}
