import { api } from '../api/client';
import type { Definition, FormResource } from '../api/types';
import { cached } from './cached';
import { useAsync, type AsyncState } from './use-async';

// Published definitions are immutable per version; one fetch per page load is enough.
const definitionOf = cached((j) => api.definition(j));
const versionOf = cached((jv) => {
  const [j = '', v = ''] = jv.split('\u0000');
  return api.definition(j, Number(v));
});
const formOf = cached((jk) => {
  const [j = '', key = ''] = jk.split('\u0000');
  return api.form(j, key);
});

/** The jurisdiction's current mechanism (channels, classes, tiers, rating scale, forms). */
export function useDefinition(jurisdiction: string | null): AsyncState<Definition> {
  return useAsync(
    () => (jurisdiction ? definitionOf(jurisdiction) : Promise.reject(new Error('no jurisdiction'))),
    [jurisdiction],
  );
}

/**
 * The mechanism version a case was opened under (its rating scale, classes and units read as they
 * were for it), not the current one.
 */
export function useCaseDefinition(
  kase: { jurisdiction: string; definitionVersion?: number } | undefined,
): AsyncState<Definition> {
  const j = kase?.jurisdiction ?? null;
  const v = kase?.definitionVersion;
  return useAsync(
    () =>
      j === null ? Promise.reject(new Error('no case')) : v ? versionOf(`${j}\u0000${v}`) : definitionOf(j),
    [j, v],
  );
}

/** One form (schema + UI) of the jurisdiction's current version. */
export function loadForm(jurisdiction: string, key: string): Promise<FormResource> {
  return formOf(`${jurisdiction}\u0000${key}`);
}

export { definitionOf as loadDefinition };
