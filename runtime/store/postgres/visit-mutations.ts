import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { visitsTable } from '../sql/visit-tables.js';

const t = visitsTable;

const insertVisit = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A logged visit is never changed; an insert keyed by an existing id writes nothing. */
export const visitMutations: HandlersOf<'visit.'> = {
  'visit.insert': writeRecord(insertVisit, t),
};
