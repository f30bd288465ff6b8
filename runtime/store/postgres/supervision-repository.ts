import type { SupervisionOrderRecord } from '../records.js';
import type { Page, SupervisionQuery, SupervisionRepository } from '../store.js';
import { updateByKey, type HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { WhereClause } from './where-clause.js';
import { supervisionOrdersTable } from '../sql/supervision-tables.js';
import { supervisionOrderTarget as orderTarget } from '../sql/update-targets.js';

const t = supervisionOrdersTable;

export class PostgresSupervisionRepository implements SupervisionRepository {
  constructor(private readonly sql: Sql) {}

  async get(id: string): Promise<SupervisionOrderRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  /** The case's orders, oldest issued first. */
  async forCase(caseId: string): Promise<SupervisionOrderRecord[]> {
    return this.sql.many(t, 'WHERE case_id = $1 ORDER BY issued_at, id', [caseId]);
  }

  /** Orders matching every given filter, newest issued first. */
  async list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>> {
    const where = supervisionFilter(query);
    return this.sql.page(t, where, 'issued_at DESC, id DESC', query);
  }
}

/** `overdueAt` means open and due strictly before it; an empty `targetGroups` list matches nothing. */
function supervisionFilter(query: SupervisionQuery): WhereClause {
  const where = new WhereClause()
    .equals('jurisdiction', query.jurisdiction)
    .equals('status', query.status)
    .equals('kind', query.kind);
  if (query.targetGroups !== undefined)
    where.and(`target_group = ANY(${where.param(query.targetGroups)}::text[])`);
  if (query.overdueAt !== undefined)
    where.and(`status = 'open' AND due_at < ${where.param(query.overdueAt)}`);
  return where;
}

const insertOrder = insertSql(t, 'ON CONFLICT DO NOTHING');

/** An insert keyed by an existing id writes nothing; an update changes only answer, status and deadline. */
export const supervisionMutations: HandlersOf<'supervision.'> = {
  'supervision.insert': async (tx, { record }) => void (await tx.run(insertOrder, rowValues(t, record))),
  'supervision.update': (tx, { id, patch }) => updateByKey(tx, orderTarget, id, patch),
};
