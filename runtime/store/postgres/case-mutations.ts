import { casesTable } from '../sql/case-tables.js';
import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql, upsertSql } from './row-codec.js';
import { caseUnitsTable } from '../sql/attachment-tables.js';
import { caseTarget } from '../sql/update-targets.js';
import { formatCaseNumber } from '../case-numbers.js';

const sql = {
  insertCase: insertSql(casesTable, 'ON CONFLICT DO NOTHING'),
  setUnit: upsertSql(caseUnitsTable, ['case_id']),
  unnumbered: 'SELECT 1 FROM cases WHERE id = $1 AND case_number IS NULL FOR UPDATE',
  nextNumber: `INSERT INTO case_number_counters AS c (jurisdiction, year, last) VALUES ($1, $2, 1)
    ON CONFLICT (jurisdiction, year) DO UPDATE SET last = c.last + 1 RETURNING last`,
  setNumber: 'UPDATE cases SET case_number = $1 WHERE id = $2',
};

/**
 * Case writes: an insert keyed by an existing id writes nothing (idempotent replay); an update needs
 * the case and changes only patched fields; the handling unit is set or moved (last one wins).
 * Triggers (`schema-case-kpi.ts`) keep `case_kpi` in step, in the same transaction.
 */
export const caseMutations: HandlersOf<'case.' | 'caseUnit.'> = {
  'case.insert': writeRecord(sql.insertCase, casesTable),
  'case.update': (tx, { id, patch }) => updateByKey(tx, caseTarget, id, patch),
  'case.number': async (tx, { caseId, jurisdiction, prefix, year }) => {
    if ((await tx.rows(sql.unnumbered, [caseId])).length === 0) return;
    const [counter] = await tx.rows(sql.nextNumber, [jurisdiction, year]);
    await tx.run(sql.setNumber, [formatCaseNumber(prefix, year, Number(counter?.['last'])), caseId]);
  },
  'caseUnit.set': writeRecord(sql.setUnit, caseUnitsTable),
};
