/**
 * 辖区管理 for the platform administrator, without a restart: a new jurisdiction from a template
 * (a copy of an existing one) or from a package (.zip of `definitions/<id>/`), published as version
 * 1 through the same gate as every publish and created with that version or not at all; export as
 * a package; archive (read-only, nothing deleted) and restore. It also gives every publish of a
 * jurisdiction its gate inputs: a folder's scenarios, or the scenarios stored with its package.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../common/clock.js';
import { ConflictError, InputError, NotFoundError } from '../common/errors.js';
import { isJsonObject } from '../common/json.js';
import type { JurisdictionRecord } from '../store/jurisdictions.js';
import type { DefinitionVersionRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { RawDefinitionBundle } from './definition-bundle.js';
import { loadDefinitionFolder, sharedFolderName } from './definition-loader.js';
import type { DefinitionPublisher, PublishChecks } from './definition-publisher.js';
import {
  bundleFiles,
  filesBesideBundle,
  type PackageFiles,
  withPackageFolder,
} from './jurisdiction-package.js';
import { readPolicyText } from './policy-texts.js';
import { sharedProcessPrefix } from './shared-blocks.js';
import { copyTemplate, type NewJurisdiction } from './jurisdiction-template.js';

/** The publish gate's inputs for a definition folder (its scenarios' samples; the rehearsal when asked). */
export type GateChecks = (folder: string, rehearse: boolean) => Promise<PublishChecks>;

export interface JurisdictionAdminDeps {
  store: Pick<Store, 'definitions' | 'jurisdictions' | 'transact'>;
  publisher: DefinitionPublisher;
  clock: Clock;
  gate: GateChecks;
  /** `definitions/` of this installation, if it has one (folders and `_shared`). */
  definitionsDir?: string;
}

/** 辖区编号: lower-case letters, digits and hyphens, starting with a letter (the folder name). */
const idPattern = /^[a-z][a-z0-9-]{1,39}$/;

export class JurisdictionAdmin {
  constructor(private readonly deps: JurisdictionAdminDeps) {}

  /** 新建辖区 from a copy of `template`: version 1 through the publish gate, or nothing. */
  async create(input: NewJurisdiction, template: string, actor: string): Promise<DefinitionVersionRecord> {
    await this.#assertNewId(input.id);
    const source = await this.deps.store.definitions.latest(template);
    if (!source)
      throw new InputError(
        '模板辖区不存在',
        [{ path: '/template', reason: `没有辖区「${template}」` }],
        'unknown_template',
      );
    const files = copyTemplate(await this.exportPackage(template), nameOf(source), input);
    return this.#publishNew(input.id, files, `copy:${template}`, actor, '新建辖区');
  }

  /** A package from another installation under `id`: version 1 through the publish gate, or nothing. */
  async importPackage(id: string, files: PackageFiles, actor: string): Promise<DefinitionVersionRecord> {
    await this.#assertNewId(id);
    const mechanism = JSON.parse(files['mechanism.json'] ?? '{}') as unknown;
    if (!isJsonObject(mechanism))
      throw new InputError(
        'mechanism.json 须为 JSON 对象',
        [{ path: 'mechanism.json', reason: '须为 JSON 对象' }],
        'bad_package',
      );
    const renamed = { ...files, 'mechanism.json': `${JSON.stringify({ ...mechanism, id }, null, 2)}\n` };
    return this.#publishNew(id, renamed, 'import', actor, '导入辖区包');
  }

  /** The current version as a package: its own bundle files and the files kept beside it. */
  async exportPackage(id: string): Promise<PackageFiles> {
    const latest = await this.deps.store.definitions.latest(id);
    if (!latest) throw new NotFoundError('jurisdiction not found');
    const bundle = latest.bundle as unknown as RawDefinitionBundle;
    const stored = await this.deps.store.jurisdictions.get(id);
    const beside =
      stored && Object.keys(stored.files).length > 0 ? stored.files : await this.#folderFiles(id, bundle);
    return { ...bundleFiles(bundle), ...beside };
  }

  /** 停用 / 恢复: an archived jurisdiction takes no new cases and no new versions; nothing is deleted. */
  async setStatus(
    id: string,
    status: JurisdictionRecord['status'],
    actor: string,
  ): Promise<JurisdictionRecord> {
    if (!(await this.deps.store.definitions.latest(id))) throw new NotFoundError('jurisdiction not found');
    const current = await this.deps.store.jurisdictions.get(id);
    const record: JurisdictionRecord = {
      ...(current ?? { id, files: {}, createdFrom: null }),
      status,
      changedAt: this.deps.clock.now().toISOString(),
      changedBy: actor,
    };
    await this.deps.store.transact([{ kind: 'jurisdiction.save', record, create: false }]);
    return record;
  }

  /** Refuses changes to an archived jurisdiction (`jurisdiction_archived`). */
  async assertActive(id: string): Promise<void> {
    if ((await this.deps.store.jurisdictions.get(id))?.status === 'archived')
      throw new ConflictError(
        '辖区已停用（只读），请先恢复',
        [{ path: '/jurisdiction', reason: '辖区已停用' }],
        'jurisdiction_archived',
      );
  }

  /**
   * Runs `use` with the gate inputs of a draft of `id`: its folder's scenarios, or those stored with
   * its package (written to a temporary folder for the rehearsal), or none.
   */
  async withGate<T>(id: string, rehearse: boolean, use: (checks: PublishChecks) => Promise<T>): Promise<T> {
    const folder = this.#folder(id);
    if (folder) return use(await this.deps.gate(folder, rehearse));
    const stored = await this.deps.store.jurisdictions.get(id);
    if (!stored || Object.keys(stored.files).length === 0) return use({});
    return withPackageFolder(id, stored.files, [], async (dir) => use(await this.deps.gate(dir, rehearse)));
  }

  async #publishNew(
    id: string,
    files: PackageFiles,
    createdFrom: string,
    actor: string,
    note: string,
  ): Promise<DefinitionVersionRecord> {
    const record: JurisdictionRecord = {
      id,
      status: 'active',
      files: filesBesideBundle(files),
      createdFrom,
      changedAt: this.deps.clock.now().toISOString(),
      changedBy: actor,
    };
    return withPackageFolder(id, files, await this.#sharedProcesses(), async (folder) => {
      const raw = await loadDefinitionFolder(folder);
      const checks = await this.deps.gate(folder, true);
      return this.deps.publisher.publish(raw, actor, checks, {
        note,
        alongside: [{ kind: 'jurisdiction.save', record, create: true }],
      });
    });
  }

  async #assertNewId(id: string): Promise<void> {
    if (!idPattern.test(id) || id.startsWith('shared'))
      throw new InputError(
        '辖区编号须为 2–40 位小写字母、数字或连字符，以字母开头（如 taizhou）',
        [{ path: '/id', reason: '辖区编号格式不正确' }],
        'invalid_id',
      );
    const taken =
      (await this.deps.store.definitions.latest(id)) ?? (await this.deps.store.jurisdictions.get(id));
    if (taken || this.#folder(id))
      throw new ConflictError(
        `辖区编号 ${id} 已被使用`,
        [{ path: '/id', reason: '辖区编号已存在' }],
        'jurisdiction_exists',
      );
  }

  /** The installation's shared building blocks: `definitions/_shared`, else those the newest bundle pinned. */
  async #sharedProcesses(): Promise<RawDefinitionBundle['processes']> {
    const dir = this.deps.definitionsDir && join(this.deps.definitionsDir, sharedFolderName, 'processes');
    if (dir && existsSync(dir)) {
      const names = (await readdir(dir)).filter((n) => n.endsWith('.bpmn')).sort();
      return Promise.all(
        names.map(async (n) => ({
          name: `${sharedProcessPrefix}${n.slice(0, -5)}`,
          xml: await readFile(join(dir, n), 'utf8'),
        })),
      );
    }
    for (const j of await this.deps.store.definitions.jurisdictions()) {
      const bundle = (await this.deps.store.definitions.latest(j))?.bundle as unknown as
        RawDefinitionBundle | undefined;
      const shared = bundle?.processes.filter((p) => p.name.startsWith(sharedProcessPrefix)) ?? [];
      if (shared.length > 0) return shared;
    }
    return [];
  }

  /** README, scenarios and policy text of a jurisdiction loaded from a folder. */
  async #folderFiles(id: string, bundle: RawDefinitionBundle): Promise<PackageFiles> {
    const files: PackageFiles = {};
    const folder = this.#folder(id);
    if (folder) {
      const readme = join(folder, 'README.md');
      if (existsSync(readme)) files['README.md'] = await readFile(readme, 'utf8');
      const scenarios = join(folder, 'scenarios');
      const names = existsSync(scenarios)
        ? (await readdir(scenarios)).filter((n) => n.endsWith('.scenario.json'))
        : [];
      for (const n of names.sort()) files[`scenarios/${n}`] = await readFile(join(scenarios, n), 'utf8');
    }
    const policy = (bundle.mechanism as { policy?: { file?: string } }).policy?.file;
    const text = policy ? readPolicyText(policy) : null;
    if (policy && text !== null) files[`policy/${policy}`] = text;
    return files;
  }

  #folder(id: string): string | null {
    if (!this.deps.definitionsDir || !idPattern.test(id)) return null;
    const folder = join(this.deps.definitionsDir, id);
    return existsSync(join(folder, 'mechanism.json')) ? folder : null;
  }
}

function nameOf(version: DefinitionVersionRecord): string {
  const mechanism = (version.bundle as { mechanism?: { name?: { zh?: string } } }).mechanism;
  return mechanism?.name?.zh ?? version.jurisdiction;
}
