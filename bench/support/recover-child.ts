// Child of open-cases-memory: a FRESH process opening a data folder full of open cases. It creates
// the platform, runs due timers/jobs once and completes the given review tasks through CaseService,
// then prints one JSON line (RSS, heap, timings). Its memory must not depend on how many cases exist.
// Usage: node --expose-gc --import tsx bench/support/recover-child.ts <dataDir> <taskId>...
import { performance } from 'node:perf_hooks';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import { demoActor, jurisdiction, officeUsername } from './bench-platform.js';
import { timed } from './latency.js';
import { sampleMemory } from './memory-sample.js';

export interface RecoverReport {
  rssAtStart: number;
  rss: number;
  heapUsed: number;
  openMs: number;
  runDueMs: number;
  runDueProcessed: number;
  completeMs: number[];
  nextTasks: string[];
}

const reviewResult = { decision: 'accept', requestClass: 'professional' };

async function main(dataDir: string, taskIds: string[]): Promise<RecoverReport> {
  const rssAtStart = (await sampleMemory()).rss;
  const opened = performance.now();
  const platform = createEmbeddedPlatform({ dataDir });
  const openMs = performance.now() - opened;
  const due = await timed(() => platform.engine.runDue());
  const office = await demoActor(platform, officeUsername);
  const completeMs: number[] = [];
  const nextTasks: string[] = [];
  for (const taskId of taskIds) {
    const { ms, value: task } = await timed(() => platform.tasks.complete(taskId, reviewResult, office));
    completeMs.push(ms);
    const open = await platform.store.tasks.list({ jurisdiction, caseId: task.caseId, status: 'open' });
    const next = open.items.map((t) => t.elementId).join(',');
    if (task.status !== 'completed' || !next)
      throw new Error(`task ${taskId}: ${task.status}, next '${next}'`);
    nextTasks.push(next);
  }
  const { rss, heapUsed } = await sampleMemory();
  await platform.close();
  return {
    rssAtStart,
    rss,
    heapUsed,
    openMs,
    runDueMs: due.ms,
    runDueProcessed: due.value,
    completeMs,
    nextTasks,
  };
}

const [dataDir, ...taskIds] = process.argv.slice(2);
if (!dataDir || taskIds.length === 0) throw new Error('usage: recover-child.ts <dataDir> <taskId>...');
console.log(JSON.stringify(await main(dataDir, taskIds)));
