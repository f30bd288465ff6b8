import { casesTable } from '../sql/case-tables.js';
import { updateByKey, type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql, upsertSql } from './row-codec.js';
import { caseUnitsTable } from '../sql/attachment-tables.js';
import { caseTarget } from '../sql/update-targets.js';

const sql = {
  insertCase: insertSql(casesTable, 'ON CONFLICT DO NOTHING'),
  setUnit: upsertSql(caseUnitsTable, ['case_id']),
};

/**
 * Case writes: an insert keyed by an existing id writes nothing (idempotent replay); an update needs
 * the case and changes only patched fields; the handling unit is set or moved (last one wins).
 * Triggers (`schema-case-kpi.ts`) keep `case_kpi` in step, in the same transaction.
 */
export const caseMutations: HandlersOf<'case.' | 'caseUnit.'> = {
  'case.insert': writeRecord(sql.insertCase, casesTable),
  'case.update': (tx, { id, patch }) => updateByKey(tx, caseTarget, id, patch),
  'caseUnit.set': writeRecord(sql.setUnit, caseUnitsTable),
};
