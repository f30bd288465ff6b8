import type { MutationHandlers } from './mutation-handlers.js';
import { insertSql, rowParams } from './row-codec.js';
import type { StatementCache } from './statement-cache.js';
import { visitsTable } from '../sql/visit-tables.js';

type VisitHandlers = Pick<MutationHandlers, Extract<keyof MutationHandlers, `visit.${string}`>>;

const insertVisit = insertSql(visitsTable, 'ON CONFLICT DO NOTHING');

/** Visit writes: a logged visit is never changed; an insert keyed by an existing id writes nothing. */
export function visitMutations(db: StatementCache): VisitHandlers {
  return {
    'visit.insert': ({ record }) => void db.run(insertVisit, rowParams(visitsTable, record)),
  };
}
