import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TaskProjector } from '../cases/task-projector.js';
import type { Clock } from '../common/clock.js';
import { systemClock } from '../common/clock.js';
import { connectZeebe } from '../engine/zeebe/zeebe-connection.js';
import { ZeebeEngine } from '../engine/zeebe/zeebe-engine.js';
import { PlatformEvents } from '../events/platform-events.js';
import { publishingStore } from '../events/publishing-store.js';
import { noOutsideChannels, type MessageConfig } from '../messages/message-config.js';
import { notifyingStore } from './notifying-store.js';
import { outsideChannels } from './message-centre.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { assemblePlatform, type Platform } from './platform.js';

export interface ZeebePlatformOptions {
  /** Folder holding the SQLite database (`platform.db`). */
  dataDir: string;
  clock?: Clock;
  /** Gateway address, e.g. `127.0.0.1:26500` (env ZEEBE_ADDRESS). */
  address: string;
  /** The record exporter's JSON-lines file (env ZEEBE_RECORDS_FILE, written by the exporter built by scripts/zeebe/build-exporter.sh). */
  recordsFile: string;
  /** Broker management URL; set only for a broker started with the controlled clock (tests). */
  managementUrl?: string | null;
  cancelInstancesOnClose?: boolean;
  /** See ZeebeEngineOptions.commandGraceMs (tests settle lost commands at once). */
  commandGraceMs?: number;
  /** The store (e.g. MongoStore for `STORE=mongo`); default: SQLite `platform.db` in dataDir. */
  store?: Store;
  /** 消息中心 outside channels and retries; default: in-app messages only. */
  messages?: MessageConfig;
}

/** Composition root for Zeebe: SQLite store (inbox, cases, mirrors) + a Zeebe broker as the engine. */
export async function createZeebePlatform(options: ZeebePlatformOptions): Promise<Platform> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const events = new PlatformEvents();
  const messages = options.messages ?? noOutsideChannels;
  const store = notifyingStore(
    publishingStore(
      options.store ?? SqliteStore.open({ file: join(options.dataDir, 'platform.db') }),
      events,
    ),
    clock,
    outsideChannels(messages),
  );
  const projector = new TaskProjector(store, clock);
  const engine = new ZeebeEngine({
    client: connectZeebe({ address: options.address }),
    store,
    clock,
    projector,
    recordsFile: options.recordsFile,
    managementUrl: options.managementUrl ?? null,
    cancelInstancesOnClose: options.cancelInstancesOnClose ?? false,
    ...(options.commandGraceMs === undefined ? {} : { commandGraceMs: options.commandGraceMs }),
  });
  await engine.init();
  return assemblePlatform(store, engine, clock, projector, events, messages);
}

/** The Zeebe settings from the environment, or null when ZEEBE_ADDRESS is not set. */
export function zeebeEnvironment(env: NodeJS.ProcessEnv = process.env): {
  address: string;
  recordsFile: string;
  managementUrl: string | null;
} | null {
  if (!env.ZEEBE_ADDRESS) return null;
  if (!env.ZEEBE_RECORDS_FILE) throw new Error('ZEEBE_RECORDS_FILE must name the record exporter file');
  return {
    address: env.ZEEBE_ADDRESS,
    recordsFile: env.ZEEBE_RECORDS_FILE,
    managementUrl: env.ZEEBE_MANAGEMENT_URL ?? null,
  };
}
