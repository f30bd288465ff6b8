import { Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Case, CaseStatus } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useAsync } from '../../hooks/use-async';
import { useDefinition } from '../../hooks/use-definition';
import { useT } from '../../i18n';
import { href } from '../../routing';
import { RateDialog } from '../../components/rating';
import { RequestTable } from './RequestTable';
import { StatusFilter } from './StatusFilter';

const limit = 20;

/** 我的诉求: the enterprise's own requests, with a rating action once a request is answered. */
export function MyRequests({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [rating, setRating] = useState<Case | null>(null);
  const { data: definition } = useDefinition(jurisdiction);
  const cases = useAsync(
    () => api.cases(jurisdiction, { mine: true, limit, offset, ...(status ? { status } : {}) }),
    [jurisdiction, status, offset],
  );
  const page = cases.data;

  return (
    <section className="panel" aria-labelledby="my-requests-title">
      <div className="panel-head">
        <h2 id="my-requests-title" className="panel-title">
          {t('mine.title')}
        </h2>
        <StatusFilter value={status} onChange={(s) => (setStatus(s), setOffset(0))} />
      </div>
      <ErrorBanner error={cases.error} onRetry={cases.reload} />
      {cases.loading && !page ? (
        <Loading />
      ) : page && page.items.length === 0 ? (
        <EmptyState title={t('mine.empty')} testId="my-requests-empty">
          <Button type="primary" href={href('enterprise', 'new')}>
            {t('submit.title')}
          </Button>
        </EmptyState>
      ) : (
        page && <RequestTable cases={page.items} definition={definition} onRate={setRating} />
      )}
      {page && <Pager offset={offset} limit={limit} total={page.total} onChange={setOffset} />}
      {rating && definition && (
        <RateDialog
          kase={rating}
          scale={definition.mechanism.evaluation}
          onClose={() => setRating(null)}
          onRated={() => (setRating(null), cases.reload())}
        />
      )}
    </section>
  );
}
