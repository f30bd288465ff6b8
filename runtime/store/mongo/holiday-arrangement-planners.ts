import { ConflictError } from '../../common/errors.js';
import type { StoredDoc } from './document-codec.js';
import { holidayArrangementDocs as docs } from './holiday-arrangement-collections.js';
import type { MutationPlanners } from './plan-context.js';

type ArrangementPlanners = Pick<MutationPlanners, 'holidayArrangement.insert'>;

/** With the SQLite adapter's rule: a saved version is immutable (identical again: no-op; else `version_exists`). */
export const holidayArrangementPlanners: ArrangementPlanners = {
  'holidayArrangement.insert': async ({ record }, plan) => {
    const existing = await plan.view.get(docs.collection, docs.id(record));
    if (!existing) return void (await plan.insert(docs, record));
    const same = (doc: StoredDoc) => JSON.stringify(docs.decode(doc));
    if (same(existing) === same(docs.encode(record))) return;
    throw new ConflictError(
      `holiday arrangement ${record.year} v${record.version} is already saved with other content`,
      [],
      'version_exists',
    );
  },
};
