/**
 * The publish gate's inputs for a draft of a jurisdiction that has a definition folder: its
 * scenarios' inputs as dry-run samples and, when asked, the rehearsal of its scenarios on the draft.
 * Start-up publishes the folders' own content (their scenarios run in `npm test`), so it takes the
 * samples only; a draft published through the API is rehearsed.
 */
import type { PublishChecks } from '../definitions/definition-publisher.js';
import { rehearseScenarios, type RehearsalOptions } from './scenario-rehearsal.js';
import { scenarioSamples } from './scenario-samples.js';

export async function draftChecks(
  folder: string,
  rehearse: false | RehearsalOptions,
): Promise<PublishChecks> {
  const samples = await scenarioSamples(folder);
  if (rehearse === false) return { samples };
  return { samples, rehearse: (draft) => rehearseScenarios(draft, folder, rehearse) };
}
