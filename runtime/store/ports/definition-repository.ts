import type { DefinitionVersionRecord } from '../records.js';

/** Published, immutable versions of each jurisdiction's mechanism definition (机制定义). */
export interface DefinitionRepository {
  latest(jurisdiction: string): Promise<DefinitionVersionRecord | null>;
  /** The newest version's number alone (no bundle to read and parse): asked on every submission. */
  latestVersion(jurisdiction: string): Promise<number | null>;
  get(jurisdiction: string, version: number): Promise<DefinitionVersionRecord | null>;
  listVersions(jurisdiction: string): Promise<Omit<DefinitionVersionRecord, 'bundle'>[]>;
  jurisdictions(): Promise<string[]>;
}
