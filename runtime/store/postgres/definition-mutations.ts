import { ConflictError } from '../../common/errors.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import { definitionsTable } from '../sql/case-tables.js';

const t = definitionsTable;

const publishSql = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A published version is immutable: the same content again is a no-op, other content `version_exists`. */
export const definitionMutations: HandlersOf<'definition.'> = {
  'definition.publish': async (tx, { record }) => {
    if ((await tx.run(publishSql, rowValues(t, record))) > 0) return;
    const hash = await tx.scalar('SELECT hash FROM definitions WHERE jurisdiction = $1 AND version = $2', [
      record.jurisdiction,
      record.version,
    ]);
    if (hash === record.hash) return;
    throw new ConflictError(
      `${record.jurisdiction} v${record.version} is already published with other content`,
      [],
      'version_exists',
    );
  },
};
