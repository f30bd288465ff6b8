import { ConflictError, NotFoundError } from '../common/errors.js';
import type { CaseRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/**
 * Staff filing a request for an enterprise (代企业提交) must name one of the jurisdiction's own:
 * another tenant's id answers exactly like an id that does not exist (404, path /enterpriseId).
 */
export async function assertEnterpriseOf(
  store: Pick<Store, 'directory'>,
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

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * A retry with the same Idempotency-Key must be the same request: the case the key created is its
 * first body (channel, title, intake data, enterprise), compared in canonical form. A different
 * body answers 409 `idempotency_key_reused` instead of silently returning the first case.
 */
export function assertSameSubmission(
  existing: CaseRecord,
  request: { channel: string; title: string; data: unknown; enterpriseId: string | null },
): void {
  const first = {
    channel: existing.channel,
    title: existing.title,
    data: existing.data,
    enterpriseId: existing.enterpriseId,
  };
  if (canonical(first) !== canonical(request))
    throw new ConflictError(
      'this Idempotency-Key was used for a different request',
      [{ path: '/headers/idempotency-key', reason: 'already used with another body; use a new key' }],
      'idempotency_key_reused',
    );
}
