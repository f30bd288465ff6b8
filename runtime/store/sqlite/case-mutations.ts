import Database from 'better-sqlite3';
import { ConflictError } from '../../common/errors.js';
import * as tables from '../sql/case-tables.js';
import { updateByKey, type MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { caseTarget, taskTarget } from '../sql/update-targets.js';
import { formatCaseNumber } from '../case-numbers.js';

type CaseKind = `${'definition' | 'process' | 'case' | 'task' | 'event' | 'rating'}.${string}`;
type CaseHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, CaseKind>>;

const sql = {
  publish: insertSql(tables.definitionsTable, 'ON CONFLICT DO NOTHING'),
  definitionHash: 'SELECT hash FROM definitions WHERE jurisdiction = ? AND version = ?',
  deploy: insertSql(tables.processesTable, 'ON CONFLICT DO NOTHING'),
  insertCase: insertSql(tables.casesTable, 'ON CONFLICT DO NOTHING'),
  insertTask: insertSql(tables.tasksTable, 'ON CONFLICT DO NOTHING'),
  insertGroup: 'INSERT OR IGNORE INTO task_groups (task_id, grp) VALUES (?, ?)',
  appendEvent: insertSql(tables.eventsTable, 'ON CONFLICT DO NOTHING'),
  rate: insertSql(tables.ratingsTable, 'ON CONFLICT (id) DO NOTHING'),
  ratedRound: 'SELECT id, round FROM ratings WHERE case_id = ?',
  replaceRating: 'DELETE FROM ratings WHERE case_id = ?',
  unnumbered: 'SELECT 1 FROM cases WHERE id = ? AND case_number IS NULL',
  nextNumber: `INSERT INTO case_number_counters (jurisdiction, year, last) VALUES (?, ?, 1)
    ON CONFLICT (jurisdiction, year) DO UPDATE SET last = last + 1 RETURNING last`,
  setNumber: 'UPDATE cases SET case_number = ? WHERE id = ?',
};

/**
 * Case-side writes. Inserts keyed by an existing id write nothing (idempotent replay); a published
 * definition version is immutable (same version, other hash -> `version_exists`); one rating per case.
 */
export function caseMutations(db: StatementCache): CaseHandlers {
  return {
    'definition.publish': ({ record }) => {
      if (db.run(sql.publish, rowParams(tables.definitionsTable, record)).changes > 0) return;
      if (db.scalar(sql.definitionHash, record.jurisdiction, record.version) === record.hash) return;
      throw new ConflictError(
        `${record.jurisdiction} v${record.version} is already published with other content`,
        [],
        'version_exists',
      );
    },
    'process.deploy': ({ record }) => void db.run(sql.deploy, rowParams(tables.processesTable, record)),
    'case.insert': ({ record }) => void db.run(sql.insertCase, rowParams(tables.casesTable, record)),
    'case.update': ({ id, patch }) => updateByKey(db, caseTarget, id, patch),
    'case.number': ({ caseId, jurisdiction, prefix, year }) => {
      if (!db.scalar(sql.unnumbered, caseId)) return;
      const sequence = Number(db.scalar(sql.nextNumber, jurisdiction, year));
      db.run(sql.setNumber, formatCaseNumber(prefix, year, sequence), caseId);
    },
    'task.insert': ({ record }) => {
      if (db.run(sql.insertTask, rowParams(tables.tasksTable, record)).changes === 0) return;
      for (const group of record.candidateGroups) db.run(sql.insertGroup, record.id, group);
    },
    'task.update': ({ id, patch }) => updateByKey(db, taskTarget, id, patch),
    'event.append': ({ record }) => void db.run(sql.appendEvent, rowParams(tables.eventsTable, record)),
    'rating.insert': ({ record }) => {
      // A later round (after 重办 / 二次交办) replaces the case's rating; a replay (same id) is a no-op.
      const rated = db.row(sql.ratedRound, record.caseId) as { id: string; round: number } | undefined;
      if (rated && rated.id !== record.id && rated.round < record.round)
        db.run(sql.replaceRating, record.caseId);
      try {
        db.run(sql.rate, rowParams(tables.ratingsTable, record));
      } catch (error) {
        if (!(error instanceof Database.SqliteError) || error.code !== 'SQLITE_CONSTRAINT_UNIQUE')
          throw error;
        throw new ConflictError(
          `case ${record.caseId} is already rated`,
          [{ path: '/caseId', reason: 'already_rated' }],
          'already_rated',
        );
      }
    },
  };
}
