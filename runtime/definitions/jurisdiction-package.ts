/**
 * A jurisdiction as a package (辖区包): the files of `definitions/<id>/` — `mechanism.json`,
 * `processes/*.bpmn`, `forms/<key>.schema.json` (+ `.ui.json`), `scenarios/*.scenario.json`,
 * `README.md`, `policy/<file>` (the policy text) and `directory/*` (directory templates) — by path.
 * A published bundle becomes files and back; one .zip carries them between installations. The
 * shared building blocks are not part of a package: the installation adds its own (`_shared`).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { InputError } from '../common/errors.js';
import type { ErrorDetail } from '../common/errors.js';
import type { RawDefinitionBundle } from './definition-bundle.js';
import { sharedFolderName } from './definition-loader.js';
import { sharedProcessPrefix } from './shared-blocks.js';

/** Package files, path inside `definitions/<id>/` → text. */
export type PackageFiles = Record<string, string>;

/** The paths a package may hold (anything else is refused, naming the file). */
const packagePaths = [
  /^mechanism\.json$/,
  /^README\.md$/,
  /^processes\/[A-Za-z0-9_.-]+\.bpmn$/,
  /^forms\/[A-Za-z0-9_-]+\.(schema|ui)\.json$/,
  /^scenarios\/[A-Za-z0-9_.-]+\.scenario\.json$/,
  /^policy\/[^/\\]+$/,
  /^directory\/[^/\\]+$/,
];
/** Files kept beside the bundle (the rest is the bundle itself). */
const besideBundle = /^(README\.md|scenarios\/|policy\/|directory\/)/;
const maxPackageBytes = 20 * 1024 * 1024;

export const isPackagePath = (path: string): boolean => packagePaths.some((p) => p.test(path));

/** The files beside the bundle of a package: README, scenarios, policy text, directory templates. */
export function filesBesideBundle(files: PackageFiles): PackageFiles {
  return Object.fromEntries(Object.entries(files).filter(([path]) => besideBundle.test(path)));
}

/** A bundle's own files (the shared building blocks it pinned are left out). */
export function bundleFiles(
  bundle: Pick<RawDefinitionBundle, 'mechanism' | 'processes' | 'forms'>,
): PackageFiles {
  const files: PackageFiles = { 'mechanism.json': json(bundle.mechanism) };
  for (const p of bundle.processes)
    if (!p.name.startsWith(sharedProcessPrefix)) files[`processes/${p.name}.bpmn`] = p.xml;
  for (const f of bundle.forms) {
    files[`forms/${f.key}.schema.json`] = json(f.schema);
    if (Object.keys(f.ui).length > 0) files[`forms/${f.key}.ui.json`] = json(f.ui);
  }
  return files;
}

export function zipPackage(files: PackageFiles): Uint8Array {
  const entries = Object.fromEntries(
    Object.entries(files)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, text]) => [path, strToU8(text)]),
  );
  return zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** The files of a .zip; a bad archive or a file a package may not hold is refused in Chinese. */
export function unzipPackage(bytes: Uint8Array): PackageFiles {
  if (bytes.byteLength > maxPackageBytes)
    throw new InputError(
      '辖区包超过 20 MB',
      [{ path: '/package', reason: '辖区包超过 20 MB' }],
      'bad_package',
    );
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    const reason = `不是有效的 zip 压缩包（${e instanceof Error ? e.message : String(e)}）`;
    throw new InputError(`辖区包${reason}`, [{ path: '/package', reason }], 'bad_package');
  }
  const files: PackageFiles = {};
  const problems: ErrorDetail[] = [];
  const root = commonFolder(Object.keys(entries).filter((p) => !p.endsWith('/')));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const path = name.slice(root.length);
    if (!isPackagePath(path)) {
      problems.push({
        path,
        reason: `文件 ${path} 不属于辖区包（允许：mechanism.json、processes/、forms/、scenarios/、README.md、policy/、directory/）`,
      });
      continue;
    }
    try {
      files[path] = strFromU8(data);
    } catch {
      problems.push({ path, reason: `文件 ${path} 不是 UTF-8 文本` });
    }
  }
  if (!files['mechanism.json'])
    problems.push({ path: 'mechanism.json', reason: '辖区包缺少 mechanism.json' });
  for (const [path, text] of Object.entries(files))
    if (path.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (e) {
        problems.push({
          path,
          reason: `文件 ${path} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`,
        });
      }
    }
  if (problems.length > 0)
    throw new InputError(
      `辖区包有 ${problems.length} 处问题：${problems[0]?.reason ?? ''}`,
      problems,
      'bad_package',
    );
  return files;
}

/**
 * Writes a package as `<temp>/<id>/` beside `<temp>/_shared/processes` (the shared blocks it is
 * published with), so the loader and the scenario rehearsal read it as they read a folder; `use`
 * gets the folder, which is removed afterwards.
 */
export async function withPackageFolder<T>(
  id: string,
  files: PackageFiles,
  shared: RawDefinitionBundle['processes'],
  use: (folder: string) => Promise<T>,
): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'jurisdiction-package-'));
  try {
    const folder = join(root, id);
    for (const [path, text] of Object.entries(files)) await put(join(folder, path), text);
    await mkdir(folder, { recursive: true });
    for (const p of shared)
      await put(
        join(root, sharedFolderName, 'processes', `${p.name.slice(sharedProcessPrefix.length)}.bpmn`),
        p.xml,
      );
    return await use(folder);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** An archive made by zipping the folder itself (`taizhou/mechanism.json`…) is read the same. */
function commonFolder(paths: string[]): string {
  if (paths.some((p) => isPackagePath(p))) return '';
  const first = paths[0]?.split('/')[0];
  return first && paths.every((p) => p.startsWith(`${first}/`)) ? `${first}/` : '';
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
