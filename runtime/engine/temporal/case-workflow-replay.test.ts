/**
 * Replay of recorded case workflow histories (no server: Temporal's replayer, the workflow bundled as
 * a replica's worker runs it). `undelayed-*` were recorded by the workflow before its start delay (a
 * first activation that only armed a timer; a report while it slept): running workflows started so
 * must go on replaying after the change. `delayed-*` were recorded with it: the delay ran out (one
 * step at once), `runDue`'s update cut it short, a wake's signal-with-start cut it short. Kept as the
 * server's binary encoding (fetched with the client): the SDK's JSON history reader trips over its
 * two copies of protobufjs ("type must be a Type").
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { writeWorkflowBundle } from './case-worker.js';

const histories = new URL('./fixtures/histories/', import.meta.url);

describe('case workflow replay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'case-workflow-replay-'));
  const bundle = join(dir, 'case-workflow.bundle.js');
  before(() => writeWorkflowBundle(bundle));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const file of readdirSync(histories).filter((name) => name.endsWith('.history.pb'))) {
    it(`replays ${file}`, { timeout: 120_000 }, async () => {
      const history = proto.temporal.api.history.v1.History.decode(readFileSync(new URL(file, histories)));
      await Worker.runReplayHistory({ workflowBundle: { codePath: bundle } }, history);
    });
  }
});
