// Whole case journeys on PostgreSQL: a few jurisdictions' scenarios (timers and working-day deadlines,
// urging and escalation, the supplement message loop, automatic rating, supervision orders, monthly
// figures with response time and 未评价) run on the embedded engine over PostgresStore, closing and reopening the platform after
// every step as a server restart does. Runs only when PG_URL is set (scripts/ci/postgres-conformance.sh).
import { after, describe, it } from 'node:test';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import { runScenario, type PlatformEnvironment } from '../../runtime/scenarios/scenario-runner.js';
import { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import { dropSchema, freshSchema } from './postgres-schemas.js';

const url = process.env['PG_URL'];
const skip = url ? false : 'PG_URL is not set (see scripts/ci/postgres-conformance.sh)';

const scenarios = [
  'jiaxing-etdz/scenarios/escalation-after-three-urgings.scenario.json',
  'jiaxing-etdz/scenarios/complaint-supplement-loop.scenario.json',
  'jiaxing-etdz/scenarios/no-rating-in-five-working-days-counts-as-satisfied.scenario.json',
  'jiaxing-etdz/scenarios/deadline-across-national-day-2025.scenario.json',
  'huzhou/scenarios/supervision-order-with-its-own-deadline.scenario.json',
  'huzhou/scenarios/monthly-figures-for-briefing.scenario.json',
  'suzhou/scenarios/monthly-response-completion-satisfaction-figures.scenario.json',
  'suzhou/scenarios/unrated-case-closes-as-unrated.scenario.json',
];

void describe('scenarios on PostgreSQL, restarting after every step', { skip }, () => {
  /** One schema per scenario run (its data folder), reopened by every restart. */
  const schemas = new Map<string, string>();
  after(async () => {
    for (const schema of schemas.values()) await dropSchema(url!, schema);
  });
  const onPostgres = async ({ dataDir, clock }: PlatformEnvironment) => {
    const schema = schemas.get(dataDir) ?? freshSchema('scenario');
    schemas.set(dataDir, schema);
    const store = await PostgresStore.open({ url: url!, schema, maxConnections: 4 });
    return createEmbeddedPlatform({ dataDir, clock, store });
  };

  for (const file of scenarios)
    void it(file, () =>
      runScenario(`definitions/${file}`, {
        definitionsRoot: 'definitions',
        createPlatform: onPostgres,
        restartBetweenSteps: true,
      }),
    );
});
