import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TaskProjector } from '../cases/task-projector.js';
import type { Clock } from '../common/clock.js';
import { systemClock } from '../common/clock.js';
import { EmbeddedEngine } from '../engine/embedded/embedded-engine.js';
import { PlatformEvents } from '../events/platform-events.js';
import { publishingStore } from '../events/publishing-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { assemblePlatform, type Platform } from './platform.js';

export interface EmbeddedPlatformOptions {
  /** Folder holding the SQLite database (`platform.db`). */
  dataDir: string;
  clock?: Clock;
  /** Another Store (e.g. MongoStore for `STORE=mongo`) instead of `platform.db`. */
  store?: Store;
}

/** Composition root of the embedded default: SQLite store + bpmn-engine in-process. */
export function createEmbeddedPlatform(options: EmbeddedPlatformOptions): Platform {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const events = new PlatformEvents();
  const store = publishingStore(
    options.store ?? SqliteStore.open({ file: join(options.dataDir, 'platform.db') }),
    events,
  );
  const projector = new TaskProjector(store, clock);
  const engine = new EmbeddedEngine({ store, clock, projector });
  return assemblePlatform(store, engine, clock, projector, events);
}
