import type { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe/index.js';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import { zeebeState } from '../../runtime/engine/zeebe/instance-state.js';
import { connectZeebe } from '../../runtime/engine/zeebe/zeebe-connection.js';

/**
 * Broker instances a restarting scenario leaves active: noted from the store each time a platform
 * closes (the last close wins), cancelled when the scenario is over.
 */
export class LeftoverInstances {
  readonly #client: ZeebeGrpcClient;
  #keys: string[] = [];

  constructor(address: string) {
    this.#client = connectZeebe({ address });
  }

  watch(platform: Platform): Platform {
    const close = platform.close.bind(platform);
    platform.close = async () => {
      try {
        const active = await platform.store.engine.activeInstances();
        this.#keys = active.flatMap((i) => zeebeState(i.state)?.zeebeInstanceKey ?? []);
      } finally {
        await close();
      }
    };
    return platform;
  }

  async cancel(): Promise<void> {
    for (const key of this.#keys) await this.#client.cancelProcessInstance(key).catch(() => undefined);
    this.#keys = [];
  }

  async close(): Promise<void> {
    await this.#client.close();
  }
}
