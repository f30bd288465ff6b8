import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import { processesTable } from '../sql/case-tables.js';

const t = processesTable;

const deploySql = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A deployment keyed by an existing process key writes nothing (the first one stays). */
export const processMutations: HandlersOf<'process.'> = {
  'process.deploy': writeRecord(deploySql, t),
};
