import type { Server } from 'node:http';
import type { Readiness } from './health.js';

export interface ShutdownOptions {
  server: Server;
  readiness: Readiness;
  /** How long in-flight requests may take before their connections are cut. */
  graceMs: number;
  /** Stops workers and closes the store (runs once no request is in flight). */
  close: () => Promise<void>;
  log?: (message: string) => void;
}

/**
 * Graceful shutdown: report not-ready, stop accepting connections, let in-flight requests finish
 * (idle keep-alive connections are closed at once, busy ones after `graceMs`), then stop the workers
 * and close the store. Idempotent: a second signal returns the same promise.
 */
export function gracefulShutdown(options: ShutdownOptions): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => {
    done ??= (async () => {
      options.readiness.drain();
      options.log?.('shutting down: draining in-flight requests');
      const closed = new Promise<void>((resolve) => options.server.close(() => resolve()));
      options.server.closeIdleConnections();
      const cut = setTimeout(() => options.server.closeAllConnections(), options.graceMs);
      cut.unref();
      await closed;
      clearTimeout(cut);
      await options.close();
      options.log?.('shut down');
    })();
    return done;
  };
}
