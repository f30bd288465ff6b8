// Directory import: 10,000 enterprise rows from .xlsx (and .csv) into a fresh SQLite store, all
// validated row by row (统一社会信用代码 check character included) and written in one transaction.
// Run: npx tsx bench/directory-import.ts   (BENCH_ROWS, default 10000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { creditCodeCheckChar } from '../runtime/forms/credit-code.js';
import { enterpriseHeaders, importEnterprises } from '../runtime/directory/enterprise-import.js';
import { writeSheet, type SheetFormat } from '../runtime/directory/sheet-file.js';
import { SqliteStore } from '../runtime/store/sqlite/sqlite-store.js';
import { envInt } from './support/env-int.js';
import { describeMachine, machine } from './support/machine.js';

const rows = envInt('BENCH_ROWS', 10_000);
const code = (n: number): string => {
  const first17 = `91330400MA${String(n).padStart(7, '0')}`;
  return first17 + (creditCodeCheckChar(first17) ?? '0');
};
const table = Array.from({ length: rows }, (_, i) => [
  code(i + 1),
  `嘉兴示范企业${i + 1}有限公司`,
  i % 7 === 0 ? '规上' : '规下',
  'manufacturing',
  `片区${(i % 28) + 1}`,
  'demo',
]);

console.log(describeMachine(machine()));
const results: Record<string, number> = {};
for (const format of ['xlsx', 'csv'] as SheetFormat[]) {
  const file = await writeSheet({ headers: enterpriseHeaders, rows: table }, format, '企业');
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const store = SqliteStore.open({ file: join(dir, 'platform.db') });
  try {
    const started = performance.now();
    const outcome = await importEnterprises(store, 'jiaxing-etdz', file, format);
    const seconds = (performance.now() - started) / 1000;
    if (!outcome.ok || outcome.created !== rows) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    const stored = (await store.directory.enterprises('jiaxing-etdz')).length;
    if (stored !== rows) throw new Error(`stored ${stored} of ${rows}`);
    results[format] = seconds;
    console.log(
      `${format}: ${rows} rows imported in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s)`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `BENCH ${JSON.stringify({ bench: 'directory-import', rows, seconds: results, machine: machine() })}`,
);
