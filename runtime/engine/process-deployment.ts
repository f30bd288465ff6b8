import { createHash } from 'node:crypto';
import type { Mutation } from '../store/mutations.js';
import type { DeployedProcess, ProcessResource } from './engine.js';

/** What a deployed BPMN resource is known by: the same XML deployed again is the same version. */
export function resourceHash(xml: string): string {
  return createHash('sha256').update(xml).digest('hex');
}

/** The store write recording a process version an engine deployed (its XML kept for migration). */
export function processDeployed(
  resource: ProcessResource,
  deployed: DeployedProcess,
  deployedAt: string,
): Mutation {
  return {
    kind: 'process.deploy',
    record: {
      processKey: deployed.processKey,
      processId: deployed.processId,
      version: deployed.version,
      resourceName: resource.name,
      hash: resourceHash(resource.xml),
      xml: resource.xml,
      deployedAt,
    },
  };
}
