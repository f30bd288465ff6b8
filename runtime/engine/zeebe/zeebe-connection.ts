import { ZeebeGrpcClient } from '@camunda8/sdk/dist/zeebe/index.js';

export interface ZeebeConnectionOptions {
  /** host:port of the gateway (plain text, no auth), e.g. `127.0.0.1:26500`. */
  address: string;
}

/** A gRPC client for an unsecured gateway (a loopback or in-cluster broker), quiet unless it fails. */
export function connectZeebe(options: ZeebeConnectionOptions): ZeebeGrpcClient {
  const address = options.address.includes('://') ? options.address : `grpc://${options.address}`;
  return new ZeebeGrpcClient({
    config: {
      ZEEBE_GRPC_ADDRESS: address,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_LOG_LEVEL: 'error',
      zeebeGrpcSettings: { ZEEBE_CLIENT_LOG_LEVEL: 'ERROR' },
    },
  });
}
