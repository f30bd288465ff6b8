import { bpmnFloorRun } from './support/bpmn-floor.js';
import { measure } from './support/phase.js';
const run = await bpmnFloorRun();
await measure('w', 'case', 100, 8, run);
const p = await measure('seq', 'case', 300, 1, run);
console.log(p.perSec, p.cpuMsPerUnit);
