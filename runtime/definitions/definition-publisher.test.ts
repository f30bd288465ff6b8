import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedPlatform } from '../bootstrap/embedded-platform.js';
import type { Platform } from '../bootstrap/platform.js';
import { ManualClock } from '../common/clock.js';
import { loadDefinitionFolder } from './definition-loader.js';

describe('DefinitionPublisher', () => {
  let dir: string;
  let platform: Platform;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'publish-'));
    platform = createEmbeddedPlatform({ dataDir: dir, clock: new ManualClock('2026-01-05T00:00:00Z') });
  });
  after(async () => {
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes version 1, and identical content again is a no-op', async () => {
    const bundle = await loadDefinitionFolder('definitions/jiaxing-etdz');
    const v1 = await platform.publisher.publish(bundle, 'admin');
    const again = await platform.publisher.publish(bundle, 'admin');
    assert.equal(v1.version, 1);
    assert.equal(again.version, 1);
  });

  it('publishes a changed deadline as a new immutable version; the old version is unchanged', async () => {
    const bundle = await loadDefinitionFolder('definitions/jiaxing-etdz');
    const mechanism = structuredClone(bundle.mechanism) as {
      requestClasses: { id: string; workingDays: number }[];
    };
    mechanism.requestClasses.find((c) => c.id === 'consult')!.workingDays = 2;
    const v2 = await platform.publisher.publish({ ...bundle, mechanism }, 'admin');
    assert.equal(v2.version, 2);
    const v1 = await platform.catalog.version('jiaxing-etdz', 1);
    assert.equal(v1.mechanism.requestClasses.find((c) => c.id === 'consult')?.workingDays, 1);
    assert.equal(
      (await platform.catalog.current('jiaxing-etdz')).mechanism.requestClasses.find(
        (c) => c.id === 'consult',
      )?.workingDays,
      2,
    );
  });

  it('refuses an invalid definition, naming file, element and reason, and publishes nothing', async () => {
    const bundle = await loadDefinitionFolder('definitions/jiaxing-etdz');
    const processes = bundle.processes.map((p) => ({
      ...p,
      xml: p.xml.replace('type="sla.deadline"', 'type="sla.deadlin"'),
    }));
    await assert.rejects(
      platform.publisher.publish({ ...bundle, processes }, 'admin'),
      (e: { code: string; details: { path: string; reason: string }[] }) => {
        assert.equal(e.code, 'invalid_definition');
        assert.ok(
          e.details.some(
            (d) => d.path === 'processes/etdz-request.bpmn#deadline' && d.reason.includes('sla.deadlin'),
          ),
          JSON.stringify(e.details),
        );
        return true;
      },
    );
    assert.equal((await platform.store.definitions.latest('jiaxing-etdz'))?.version, 2);
  });
});
