import { listDefinitionFolders, loadDefinitionFolder } from '../definitions/definition-loader.js';
import type { PublishChecks } from '../definitions/definition-publisher.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Platform } from './platform.js';
import { backfillCaseNumbers } from '../cases/case-numbering.js';

/**
 * Publish every folder under `root` whose content is new; a folder already published (whatever
 * version is current now, e.g. after a rollback in the studio) changes nothing. `checksFor` gives a
 * folder's publish-gate inputs (runtime/scenarios draftChecks: its scenarios' inputs as dry-run
 * samples; the scenarios themselves run in `npm test`) — passed in, since scenarios sit above the
 * composition root (they start platforms).
 */
export async function loadDefinitions(
  platform: Platform,
  root: string,
  checksFor: (folder: string) => Promise<PublishChecks>,
): Promise<DefinitionVersionRecord[]> {
  const published: DefinitionVersionRecord[] = [];
  for (const dir of await listDefinitionFolders(root)) {
    const checks = await checksFor(dir);
    published.push(
      await platform.publisher.publishFolder(await loadDefinitionFolder(dir), 'definitions-folder', checks),
    );
  }
  // cases filed before case numbers existed get theirs now, before new ones arrive (案件编号)
  await backfillCaseNumbers(
    platform.store,
    platform.catalog,
    published.map((d) => d.jurisdiction),
  );
  return published;
}
