import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TaskProjector } from '../cases/task-projector.js';
import type { Clock } from '../common/clock.js';
import { systemClock } from '../common/clock.js';
import { EmbeddedEngine } from '../engine/embedded/embedded-engine.js';
import { PlatformEvents } from '../events/platform-events.js';
import { publishingStore } from '../events/publishing-store.js';
import { noOutsideChannels, type MessageConfig } from '../messages/message-config.js';
import { notifyingStore } from './notifying-store.js';
import { outsideChannels } from './message-centre.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { assemblePlatform, type Platform } from './platform.js';

export interface EmbeddedPlatformOptions {
  /** Folder holding the SQLite database (`platform.db`). */
  dataDir: string;
  clock?: Clock;
  /** Another Store (e.g. MongoStore for `STORE=mongo`) instead of `platform.db`. */
  store?: Store;
  /** How long a replica holds a due instance it works (env `ENGINE_LEASE_SECONDS`; default 30 s). */
  dueLeaseMs?: number;
  /** 消息中心 outside channels (SMTP, webhook) and retries; default: in-app messages only. */
  messages?: MessageConfig;
}

/** Composition root of the embedded default: SQLite store + bpmn-engine in-process. */
export function createEmbeddedPlatform(options: EmbeddedPlatformOptions): Platform {
  const { store, engine, clock, projector, events } = embeddedParts(options);
  return assemblePlatform(store, engine, clock, projector, events, options.messages);
}

/** The embedded interpreter on its store: the embedded platform, and what the Temporal adapter steps. */
export function embeddedParts(options: EmbeddedPlatformOptions) {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const raw = options.store ?? SqliteStore.open({ file: join(options.dataDir, 'platform.db') });
  // replicas on a shared store (PostgreSQL) pass live updates through it
  const events = new PlatformEvents(raw.coordination.shared ? { shared: raw.coordination } : {});
  // a step's 站内信 are written in its own transaction, then announced with it
  const messages = options.messages ?? noOutsideChannels;
  const store = notifyingStore(publishingStore(raw, events), clock, outsideChannels(messages));
  const projector = new TaskProjector(store, clock);
  const engine = new EmbeddedEngine({
    store,
    clock,
    projector,
    ...(options.dueLeaseMs ? { dueLeaseMs: options.dueLeaseMs } : {}),
  });
  return { store, engine, clock, projector, events };
}
