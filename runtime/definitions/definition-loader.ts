/**
 * Reads a definition folder (`definitions/<jurisdiction>/`) into a raw bundle: `mechanism.json`,
 * `processes/*.bpmn`, `forms/<key>.schema.json` with optional `forms/<key>.ui.json`. It only reads
 * and parses; `validate/` judges the content. Unreadable JSON fails with one DefinitionError naming
 * every bad file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DefinitionError } from '../common/errors.js';
import type { ErrorDetail } from '../common/errors.js';
import { isJsonObject } from '../common/json.js';
import type { JsonObject } from '../common/json.js';
import type { FormResource, ProcessResource, RawDefinitionBundle } from './definition-bundle.js';
import { sharedProcessPrefix } from './shared-blocks.js';

const mechanismFile = 'mechanism.json';
const schemaSuffix = '.schema.json';
const uiSuffix = '.ui.json';

/** Folder beside the jurisdictions holding shared building blocks (processes, forms). */
export const sharedFolderName = '_shared';

/**
 * Loads one definition folder; the jurisdiction is the folder name. The shared building blocks
 * (`../_shared/processes`, `../_shared/forms`) join every bundle, so each published version pins
 * the shared pieces it was validated with; a jurisdiction's own form of the same key wins.
 */
export async function loadDefinitionFolder(dir: string): Promise<RawDefinitionBundle> {
  const jurisdiction = basename(dir);
  const problems: ErrorDetail[] = [];
  const mechanism = await readJson(dir, mechanismFile, problems);
  const processes = await readProcesses(dir);
  const forms = await readForms(dir, problems);
  const shared = join(dirname(dir), sharedFolderName);
  for (const p of await readProcesses(shared))
    processes.push({ ...p, name: `${sharedProcessPrefix}${p.name}` });
  for (const f of await readForms(shared, problems))
    if (!forms.some((own) => own.key === f.key)) forms.push(f);
  if (problems.length > 0) {
    throw new DefinitionError(`definition ${jurisdiction} has unreadable files`, problems);
  }
  return { jurisdiction, mechanism, processes, forms };
}

/** The subfolders of `root` that hold a `mechanism.json`, as paths, sorted by name. */
export async function listDefinitionFolders(root: string): Promise<string[]> {
  const names = await listNames(root);
  const folders: string[] = [];
  for (const name of names) {
    if (await isFile(join(root, name, mechanismFile))) folders.push(join(root, name));
  }
  return folders;
}

async function readProcesses(dir: string): Promise<ProcessResource[]> {
  const names = (await listNames(join(dir, 'processes'))).filter((n) => n.endsWith('.bpmn'));
  return Promise.all(
    names.map(async (n) => ({
      name: n.slice(0, -'.bpmn'.length),
      xml: await readFile(join(dir, 'processes', n), 'utf8'),
    })),
  );
}

async function readForms(dir: string, problems: ErrorDetail[]): Promise<FormResource[]> {
  const names = await listNames(join(dir, 'forms'));
  const forms: FormResource[] = [];
  for (const name of names.filter((n) => n.endsWith(schemaSuffix))) {
    const key = name.slice(0, -schemaSuffix.length);
    const schema = await readJsonObject(dir, `forms/${name}`, problems);
    const uiName = `${key}${uiSuffix}`;
    const ui = names.includes(uiName) ? await readJsonObject(dir, `forms/${uiName}`, problems) : {};
    forms.push({ key, schema, ui });
  }
  for (const name of names.filter((n) => n.endsWith(uiSuffix))) {
    const key = name.slice(0, -uiSuffix.length);
    if (!names.includes(`${key}${schemaSuffix}`)) {
      problems.push({ path: `forms/${name}`, reason: `no forms/${key}${schemaSuffix} for this ui file` });
    }
  }
  return forms;
}

async function readJsonObject(dir: string, file: string, problems: ErrorDetail[]): Promise<JsonObject> {
  const value = await readJson(dir, file, problems);
  if (value === undefined || isJsonObject(value)) return value ?? {};
  problems.push({ path: file, reason: 'must be a JSON object' });
  return {};
}

async function readJson(dir: string, file: string, problems: ErrorDetail[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch (e) {
    problems.push({ path: file, reason: `cannot read: ${errorMessage(e)}` });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    problems.push({ path: file, reason: `invalid JSON: ${errorMessage(e)}` });
    return undefined;
  }
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
