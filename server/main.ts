import { join } from 'node:path';
import { createPlatformFromEnv } from '../runtime/bootstrap/select-platform.js';
import { loadDefinitions } from '../runtime/bootstrap/load-definitions.js';
import { draftChecks } from '../runtime/scenarios/draft-checks.js';
import { configureExpressions } from '../runtime/expressions/expression-evaluator.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { seedDemoDirectory } from './demo/demo-directory.js';
import { setBcryptCost } from './auth/password-hash.js';
import { appProcesses, assertStoreServesProcesses, isClusterPrimary, runPrimary } from './ops/app-cluster.js';
import { gracefulShutdown } from './ops/graceful-shutdown.js';
import { createLogger } from './ops/logging.js';

/** Composition root: one process serves API + studio, on the embedded default or the scale-out adapters. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  setBcryptCost(config.security.bcryptCost);
  // admin-written expressions run under this budget; workers start now, not on the first case
  const expressions = configureExpressions(config.expressionBudget);
  if (isClusterPrimary()) {
    // APP_PROCESSES > 1: this process prepares the store alone, then forks the app processes
    await runPrimary({
      processes: appProcesses(),
      prepare: async () => {
        const platform = await createPlatformFromEnv(config.dataDir);
        try {
          assertStoreServesProcesses(
            platform.store.coordination,
            appProcesses(),
            process.env.STORE ?? 'sqlite',
          );
        } catch (error) {
          await platform.close();
          throw error;
        }
        await loadDefinitions(platform, config.definitionsDir, (dir) => draftChecks(dir, false));
        if (config.demo) await seedDemoDirectory(platform);
        await platform.close();
        expressions.close();
      },
      log: (message) => logger.info(message),
    });
    return;
  }
  expressions.warm();
  // ENGINE=embedded|temporal|zeebe, STORE=sqlite|mongo|postgres (README "Configuration reference"); default embedded + SQLite.
  const platform = await createPlatformFromEnv(config.dataDir);
  // a worker of APP_PROCESSES > 1 checks too (the primary refused already; this guards other launchers)
  assertStoreServesProcesses(platform.store.coordination, appProcesses(), process.env.STORE ?? 'sqlite');
  const published = await loadDefinitions(platform, config.definitionsDir, (dir) => draftChecks(dir, false));
  const demoUsers = config.demo ? await seedDemoDirectory(platform) : [];
  platform.engine.startPolling(config.pollIntervalMs);
  platform.messages.startDelivery(config.pollIntervalMs);
  const { express, readiness } = createApp(platform, {
    authSecret: config.authSecret,
    sessionHours: config.sessionHours,
    sessionIdleMinutes: config.sessionIdleMinutes,
    metricsToken: config.metricsToken,
    studioDir: config.studioDir,
    demoUsers,
    definitionsDir: config.definitionsDir,
    security: config.security,
    sso: config.sso,
    passwordPolicy: config.passwordPolicy,
    logger,
    attachments: {
      dir: join(config.dataDir, 'attachments'),
      maxBytes: config.attachmentMaxBytes,
      types: config.attachmentTypes,
    },
  });
  const server = express.listen(config.port, config.host, () => {
    const url = `http://localhost:${config.port}`;
    console.log(`企业诉求服务平台 listening on ${url} (data: ${config.dataDir})`);
    console.log(`jurisdictions: ${published.map((d) => `${d.jurisdiction}@v${d.version}`).join(', ')}`);
    if (demoUsers.length) {
      console.log('demo users (password for all: ' + (demoUsers[0]?.password ?? '') + '):');
      for (const u of demoUsers)
        console.log(`  ${u.username.padEnd(28)} ${u.roles.join(',').padEnd(26)} ${u.displayName}`);
    }
  });
  const shutdown = gracefulShutdown({
    server,
    readiness,
    graceMs: config.shutdownGraceMs,
    close: () => platform.close(),
    log: (message) => logger.info(message),
  });
  const onSignal = (signal: string) => {
    logger.info({ signal }, 'signal received');
    // live event streams never finish on their own: end them so the server can drain
    platform.events.close();
    shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
