import type { DeployedProcessRecord } from '../records.js';

/** BPMN processes deployed from published definitions: by key, latest version or content hash. */
export interface ProcessRepository {
  get(processKey: string): Promise<DeployedProcessRecord | null>;
  latest(processId: string): Promise<DeployedProcessRecord | null>;
  byHash(processId: string, hash: string): Promise<DeployedProcessRecord | null>;
}
