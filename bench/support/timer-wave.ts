// A timer wave (like the 09:00 催办 round): `count` instances each wait on a one-hour timer; the
// clock then jumps an hour and `engine.runDue()` fires them all, each step opening a user task.
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import { ManualClock } from '../../runtime/common/clock.js';
import { freshDataDir } from './bench-platform.js';
import { measured, type Phase } from './phase.js';
import { runPool } from './promise-pool.js';

const processId = 'bench-timer-wave';
const xml = readFileSync(fileURLToPath(new URL('fixtures/timer-wave.bpmn', import.meta.url)), 'utf8');

/** Arms `count` timers (unmeasured), then measures the wave that fires them. */
export async function timerWave(count: number): Promise<Phase> {
  const dataDir = freshDataDir('timers');
  const clock = new ManualClock('2026-03-16T00:00:00.000Z');
  const platform = createEmbeddedPlatform({ dataDir, clock });
  try {
    await platform.engine.deploy([{ name: 'timer-wave.bpmn', xml }]);
    await runPool(count, 8, (i) =>
      platform.engine.start({ processId, businessKey: `wave-${i}`, variables: {} }),
    );
    clock.advance(3_600_000);
    const phase = await measured('timer wave (runDue)', 'timer', count, 1, async () => {
      while ((await platform.store.engine.timersDue(clock.now().toISOString(), 1)).length > 0)
        await platform.engine.runDue();
      return null;
    });
    const open = await platform.store.tasks.list({ jurisdiction: 'unknown', status: 'open', limit: 1 });
    if (open.total !== count) throw new Error(`timer wave: ${open.total} of ${count} tasks opened`);
    return phase;
  } finally {
    await platform.close();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  }
}
