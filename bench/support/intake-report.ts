import type { Machine } from './machine.js';
import { round } from './latency.js';
import { phaseJson, type Phase } from './phase.js';
import { textTable } from './text-table.js';

export interface IntakeResults {
  /** Raw bpmn-engine, same BPMN, one step to the first user task, no persistence. */
  floor: Phase[];
  /** Ours: in-process, HTTP, task completion, timer wave. */
  phases: Phase[];
  cases: number;
  httpCases: number;
  timers: number;
  machine: Machine;
  concurrency: number;
}

/** The floor phase measured at the same concurrency as `p` (cases only). */
function floorOf(r: IntakeResults, p: Phase): Phase | undefined {
  return p.unit === 'case' ? r.floor.find((f) => f.concurrency === p.concurrency) : undefined;
}

function ratio(a: number, b: number | undefined): number | string {
  return b ? round(a / b, 3) : '';
}

/** Prints the table, the ratios and one machine-readable `BENCH {...}` line. */
export function intakeReport(r: IntakeResults): void {
  const head = ['phase', 'unit', 'conc', 'count', 'wall s', 'per s', 'cpu ms/unit'];
  const rows: (string | number)[][] = [[...head, '/s ÷ floor', 'cpu × floor', 'p50 ms', 'p95 ms', 'p99 ms']];
  for (const p of [...r.floor, ...r.phases]) {
    const f = p.name.startsWith('bpmn-engine') ? undefined : floorOf(r, p);
    const l = p.latency;
    rows.push([
      p.name,
      p.unit,
      p.concurrency,
      p.count,
      round(p.wallMs / 1000),
      round(p.perSec, 1),
      round(p.cpuMsPerUnit),
      ratio(p.perSec, f?.perSec),
      ratio(p.cpuMsPerUnit, f?.cpuMsPerUnit),
      ...(l ? [l.p50Ms, l.p95Ms, l.p99Ms].map((ms) => round(ms)) : ['', '', '']),
    ]);
  }
  console.log(textTable(rows));
  const rate = (name: string) => r.phases.find((p) => p.name === name)?.perSec ?? 0;
  const httpToInProcess = {
    sequential: round(rate('http sequential') / rate('in-process sequential'), 3),
    concurrent: round(rate('http concurrent') / rate('in-process concurrent'), 3),
  };
  console.log(
    `\nHTTP / in-process throughput: sequential ${httpToInProcess.sequential}, concurrency ${r.concurrency} ${httpToInProcess.concurrent}`,
  );
  const server = (n: number) => rate(`http, APP_PROCESSES=${n}`);
  const processesGain = server(1) && server(2) ? round(server(2) / server(1), 3) : null;
  if (processesGain !== null)
    console.log(
      `HTTP ×${r.concurrency} on the server entry, APP_PROCESSES=2 / APP_PROCESSES=1: ${processesGain}`,
    );
  const json = {
    bench: 'intake-throughput',
    cases: r.cases,
    httpCases: r.httpCases,
    timers: r.timers,
    machine: r.machine,
    floor: r.floor.map(phaseJson),
    phases: r.phases.map(phaseJson),
    httpToInProcess,
    processesGain,
  };
  console.log(`BENCH ${JSON.stringify(json)}`);
}
