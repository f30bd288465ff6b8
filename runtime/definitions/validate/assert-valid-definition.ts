/**
 * The gate before publishing: a raw bundle either becomes a typed `DefinitionBundle` or fails with
 * a DefinitionError whose details name file, element and reason of every error. Warnings pass.
 */
import { DefinitionError } from '../../common/errors.js';
import type { DefinitionBundle, RawDefinitionBundle } from '../definition-bundle.js';
import { isMechanism } from './mechanism-schema-check.js';
import { problemLocation } from './problem-location.js';
import { validateDefinition } from './validate-definition.js';

export async function assertValidDefinition(bundle: RawDefinitionBundle): Promise<DefinitionBundle> {
  const errors = (await validateDefinition(bundle)).filter((p) => p.severity === 'error');
  const { mechanism } = bundle;
  if (errors.length > 0 || !isMechanism(mechanism)) {
    const details = errors.map((p) => ({ path: problemLocation(p), reason: p.reason }));
    throw new DefinitionError(`definition ${bundle.jurisdiction} has ${errors.length} error(s)`, details);
  }
  return { ...bundle, mechanism };
}
