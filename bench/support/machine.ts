import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  node: string;
  cpus: number;
  cpuModel: string;
  totalMemGiB: number;
  /** 1-minute load average when printed: other processes on the machine skew the numbers. */
  loadAvg1m: number;
}

/** What the numbers were measured on (printed with every benchmark). */
export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    cpuModel = line?.split(':')[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux: keep os.cpus()
  }
  return {
    node: process.version,
    cpus: availableParallelism(),
    cpuModel,
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAvg1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function describeMachine(m: Machine): string {
  return `node ${m.node}, ${m.cpus} CPU (${m.cpuModel}), ${m.totalMemGiB} GiB RAM, load avg ${m.loadAvg1m}`;
}
