// Bundles the case workflow once (webpack) into the file named by the first argument, so app
// processes started with TEMPORAL_WORKFLOW_BUNDLE=<that file> skip bundling at start-up (a container
// image builds it once; the replicas suite and bench share one). Usage:
// npx tsx scripts/temporal/bundle-workflow.ts <file>
import { writeWorkflowBundle } from '../../runtime/engine/temporal/case-worker.js';

const target = process.argv[2];
if (!target) {
  console.error('usage: npx tsx scripts/temporal/bundle-workflow.ts <file>');
  process.exit(2);
}
await writeWorkflowBundle(target);
console.error(`temporal: case workflow bundled into ${target}`);
