/**
 * Every rule's source in a definition: `source` and `sources.<field>` of mechanism.json, `x-source`
 * anywhere in a form schema. One walk, used by the structural check and the quote check.
 */
import { isJsonObject, type JsonValue } from '../../common/json.js';
import type { RawDefinitionBundle } from '../definition-bundle.js';
import { mechanismFile } from './mechanism-schema-check.js';

export interface LocatedSource {
  file: string;
  /** JSON pointer of the source object. */
  path: string;
  /** The source as written (validated by the caller). */
  value: unknown;
}

export function mechanismSources(mechanism: unknown): LocatedSource[] {
  return walk(mechanism as JsonValue, '', mechanismFile, (key) => key === 'source', true);
}

export function formSources(bundle: Pick<RawDefinitionBundle, 'forms'>): LocatedSource[] {
  return bundle.forms.flatMap((form) =>
    walk(form.schema, '', `forms/${form.key}.schema.json`, (key) => key === 'x-source', false),
  );
}

function walk(
  value: JsonValue,
  path: string,
  file: string,
  isSource: (key: string) => boolean,
  withSourceMaps: boolean,
): LocatedSource[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => walk(v, `${path}/${i}`, file, isSource, withSourceMaps));
  if (!isJsonObject(value)) return [];
  const found: LocatedSource[] = [];
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}/${key}`;
    if (isSource(key)) found.push({ file, path: at, value: child });
    else if (withSourceMaps && key === 'sources' && isJsonObject(child))
      for (const [field, source] of Object.entries(child))
        found.push({ file, path: `${at}/${field}`, value: source });
    else found.push(...walk(child, at, file, isSource, withSourceMaps));
  }
  return found;
}
