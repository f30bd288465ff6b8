/**
 * Deadline arithmetic on the hot path: 100,000 `addWorkingDays` computations (BENCH_DEADLINES) on the
 * platform's layered calendar — receipt instants spread over 2025-2028 (package years, an entered
 * notice year, a provisional year), n = 1..30 working days — on a warm calendar, then on cold ones
 * (a fresh WorkingCalendar per 1,000 computations, and after every change of the national calendar,
 * which drops the cached days). Usage: npx tsx bench/calendar-deadlines.ts
 */
import { NationalCalendar, WorkingCalendar } from '../runtime/calendar/index.js';
import { envInt } from './support/env-int.js';
import { describeMachine, machine } from './support/machine.js';

const total = envInt('BENCH_DEADLINES', 100_000);
const national = new NationalCalendar();
national.setArrangement(2027, {
  holidays: [
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  workdays: [{ date: '2027-02-14' }, { date: '2027-02-20' }, { date: '2027-09-26' }, { date: '2027-10-09' }],
});
const from = Date.UTC(2025, 0, 1);
const span = Date.UTC(2028, 11, 1) - from;
const receipts = Array.from({ length: total }, (_, i) => new Date(from + ((i * 7_919_993_003) % span)));

function run(
  label: string,
  fresh: (i: number) => WorkingCalendar | null,
): { label: string; ms: number; perSecond: number } {
  let calendar = new WorkingCalendar(undefined, national);
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    calendar = fresh(i) ?? calendar;
    checksum += calendar.addWorkingDays(receipts[i] as Date, 1 + (i % 30)).getTime() % 1000;
  }
  const ms = performance.now() - start;
  if (Number.isNaN(checksum)) throw new Error('no result');
  return { label, ms, perSecond: Math.round((total / ms) * 1000) };
}

run('warm-up', () => null);
const results = [
  run('warm calendar', () => null),
  run('cold calendar every 1,000', (i) => (i % 1000 === 0 ? new WorkingCalendar(undefined, national) : null)),
  run('national change every 1,000', (i) => {
    if (i % 1000 === 0) national.setArrangement(2028, i % 2000 ? null : { holidays: [], workdays: [] });
    return null;
  }),
];
console.log(
  `${total} deadline computations (n = 1..30 working days, receipts 2025-2028) — ${describeMachine(machine())}`,
);
for (const r of results)
  console.log(
    `${r.label.padEnd(30)} ${(r.ms / 1000).toFixed(3)} s  ${String(r.perSecond).padStart(9)} /s  ${((r.ms * 1000) / total).toFixed(2)} µs each`,
  );
console.log(`BENCH ${JSON.stringify({ bench: 'calendar-deadlines', total, machine: machine(), results })}`);
