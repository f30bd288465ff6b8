import { NotFoundError } from '../common/errors.js';
import type { Store } from '../store/store.js';

/**
 * Staff filing a request for an enterprise (代企业提交) must name one of the jurisdiction's own:
 * another tenant's id answers exactly like an id that does not exist (404, path /enterpriseId).
 */
export async function assertEnterpriseOf(
  store: Store,
  jurisdiction: string,
  enterpriseId: string | null | undefined,
): Promise<void> {
  if (!enterpriseId) return;
  const enterprise = await store.directory.enterprise(enterpriseId);
  if (!enterprise || enterprise.jurisdiction !== jurisdiction)
    throw new NotFoundError('enterprise not found', [
      { path: '/enterpriseId', reason: 'no such enterprise in this jurisdiction' },
    ]);
}
