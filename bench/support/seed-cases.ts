import type Database from 'better-sqlite3';
import { seedFile } from './seed-file.js';

/** One seeded case, as the per-case hook of a bench sees it (instants in epoch ms). */
export interface SeededCase {
  i: number;
  id: string;
  status: 'open' | 'closed' | 'refused';
  created: number;
  deadline: number;
  answered: number | null;
}

/** A bench's extra rows per case: prepares its statements on `db`, returns the per-case writer. */
export type CaseExtras = (db: Database.Database) => (kase: SeededCase) => void;

export const seedYear = Date.UTC(2025, 0, 1);
export const seedSpan = Date.UTC(2026, 0, 1) - seedYear;
const day = 86_400_000;
const channels = ['hotline', 'website', 'window'];
const tiers = ['office', 'departments', 'leadership'];
const classes = ['policy', 'professional', 'general', 'complex'];
/** Rows per transaction: large enough to amortise the commit, small enough to keep the cache warm. */
const batch = 50_000;
export const at = (ms: number): string => new Date(ms).toISOString();

/**
 * A migrated SQLite store file (jurisdiction `bench`) holding `total` cases spread evenly over 2025 —
 * numbered `BN-2025-000001…`, 3 channels, 3 tiers, 4 classes, 1,000 enterprises, 40 handling units
 * (one per case), 10 % open, 2 % refused, the rest closed 1–11 days after receipt, a third of the
 * closed ones rated (every ninth of those 不满意) — plus what `extras` adds per case. Straight SQL
 * into the tables and columns the store writes, through the real migrations' indexes and triggers
 * (migration 9's keep `case_kpi`); seeding is not what a bench measures, so it runs with a large
 * page cache, an in-memory journal and no fsync, ids in key order, 50,000 cases per transaction.
 */
export async function seedCases(
  prefix: string,
  total: number,
  extras?: CaseExtras,
): Promise<{ dir: string; file: string; seconds: number }> {
  const start = performance.now();
  const { dir, file, db } = await seedFile(prefix);
  db.pragma('cache_size = -2000000'); // 2 GB: the whole store stays in memory while seeding
  db.pragma('locking_mode = EXCLUSIVE');
  const insertCase =
    db.prepare(`INSERT INTO cases (id, jurisdiction, case_number, definition_version, process_id,
  status, channel, title, enterprise_id, submitted_by, request_class, tier, deadline_at, data, created_at,
  updated_at, closed_at, answered_at)
  VALUES (?, 'bench', ?, 1, 'p', ?, ?, '用电报装咨询', ?, 'u', ?, ?, ?, '{}', ?, ?, ?, ?)`);
  const insertUnit = db.prepare(
    `INSERT INTO case_units (case_id, jurisdiction, org_unit_id) VALUES (?, 'bench', ?)`,
  );
  const insertRating =
    db.prepare(`INSERT INTO ratings (id, case_id, jurisdiction, level, stars, auto, at, rated_by)
  VALUES (?, ?, 'bench', ?, '{}', 0, ?, 'u')`);
  const extra = extras?.(db);
  db.transaction(() => {
    const enterprise = db.prepare(
      `INSERT INTO enterprises (id, jurisdiction, credit_code, name, tags) VALUES (?, 'bench', ?, ?, '[]')`,
    );
    for (let e = 0; e < 1000; e++)
      enterprise.run(`e${e}`, `91330400MA${String(e).padStart(8, '0')}`, `嘉兴测试企业${e}有限公司`);
    const unit = db.prepare(
      `INSERT INTO org_units (id, jurisdiction, name, kind) VALUES (?, 'bench', ?, 'department')`,
    );
    for (let u = 0; u < 40; u++) unit.run(`unit-${u}`, `经发局第${u}科`);
  })();
  const seedRange = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = `c${String(i).padStart(7, '0')}`;
      const created = seedYear + Math.floor((i / total) * seedSpan);
      const status = i % 10 === 0 ? 'open' : i % 50 === 1 ? 'refused' : 'closed';
      const deadline = created + 7 * day;
      const answered = status === 'closed' ? created + (1 + (i % 11)) * day : null;
      const number = `BN-2025-${String(i + 1).padStart(6, '0')}`;
      insertCase.run(
        id,
        number,
        status,
        channels[i % 3],
        `e${i % 1000}`,
        classes[i % 4],
        tiers[i % 3],
        at(deadline),
        at(created),
        at(created),
        answered ? at(answered + day) : null,
        answered ? at(answered) : null,
      );
      insertUnit.run(id, `unit-${i % 40}`);
      if (status === 'closed' && i % 3 === 0)
        insertRating.run(`r${i}`, id, i % 9 === 0 ? 'unsatisfied' : 'satisfied', at(created + 12 * day));
      extra?.({ i, id, status, created, deadline, answered });
    }
  });
  for (let from = 0; from < total; from += batch) seedRange(from, Math.min(total, from + batch));
  db.exec('ANALYZE');
  db.close();
  return { dir, file, seconds: (performance.now() - start) / 1000 };
}
