// Adds diagram (DI) information to a BPMN file that has none, so the studio's modeller can show it.
// Usage: tsx scripts/bpmn-layout.ts in.src.bpmn out.bpmn
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: tsx scripts/bpmn-layout.ts <in.bpmn> <out.bpmn>');
  process.exit(2);
}
writeFileSync(output, await layoutProcess(readFileSync(input, 'utf8')));
console.log(`laid out ${input} -> ${output}`);
