/**
 * Drafts a hostile (or careless) jurisdiction admin publishes through the studio's API: the
 * current bundle, changed in one place, sent back as a new version.
 */
import type { TestServer } from '../api/test-server.js';

export interface Bundle {
  mechanism: { routing: Record<string, string>; [key: string]: unknown };
  processes: { name: string; xml: string }[];
  forms: { key: string; schema: Record<string, unknown>; ui: Record<string, unknown> }[];
}

export interface Refusal {
  error: {
    code: string;
    details: { path: string; file: string; elementId?: string; reason: string; severity: string }[];
  };
}

export async function currentBundle(t: TestServer, token: string, j = 'jiaxing-etdz'): Promise<Bundle> {
  const r = await t.call('GET', `/api/v1/jurisdictions/${j}/definitions/current`, token);
  return structuredClone((r.body as unknown as { bundle: Bundle }).bundle);
}

export function publish(t: TestServer, token: string, bundle: Bundle, j = 'jiaxing-etdz') {
  return t.call('POST', `/api/v1/jurisdictions/${j}/definitions`, token, bundle);
}

/** The bundle with `search` replaced in its case process (fails loudly when absent). */
export function editProcess(bundle: Bundle, search: string, replacement: string): Bundle {
  const process = bundle.processes.find((p) => p.xml.includes(search));
  if (!process) throw new Error(`no process contains ${search}`);
  process.xml = process.xml.replace(search, replacement);
  return bundle;
}

export function form(
  bundle: Bundle,
  key: string,
): Record<string, unknown> & { properties: Record<string, unknown> } {
  const found = bundle.forms.find((f) => f.key === key);
  if (!found) throw new Error(`no form ${key}`);
  return found.schema as Record<string, unknown> & { properties: Record<string, unknown> };
}
