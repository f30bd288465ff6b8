import { useState } from 'react';
import { api } from '../../api/client';
import type { Case, CaseStatus } from '../../api/types';
import { definitionLabels } from '../../components/case-view';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../hooks/use-async';
import { useDefinition } from '../../hooks/use-definition';
import { useFormat, useLabel, useT } from '../../i18n';
import { href } from '../../routing';
import { awaitingRating, RateDialog } from '../../components/rating';
import { StatusFilter } from './StatusFilter';

const limit = 20;

/** 我的诉求: the enterprise's own requests, with a rating action once a request is answered. */
export function MyRequests({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [rating, setRating] = useState<Case | null>(null);
  const { data: definition } = useDefinition(jurisdiction);
  const cases = useAsync(
    () => api.cases(jurisdiction, { mine: true, limit, offset, ...(status ? { status } : {}) }),
    [jurisdiction, status, offset],
  );
  const labels = definitionLabels(definition);
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
          <a className="btn btn-primary" href={href('enterprise', 'new')}>
            {t('submit.title')}
          </a>
        </EmptyState>
      ) : (
        page && (
          <div className="table-wrap">
            <table className="table" data-testid="my-requests">
              <thead>
                <tr>
                  <th scope="col">{t('case.title')}</th>
                  <th scope="col">{t('case.channel')}</th>
                  <th scope="col">{t('case.class')}</th>
                  <th scope="col">{t('case.status')}</th>
                  <th scope="col">{t('case.createdAt')}</th>
                  <th scope="col">{t('case.deadline')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((c) => (
                  <tr key={c.id} data-testid="my-request-row" data-case-id={c.id}>
                    <td>
                      <a href={href('cases', c.id)} data-testid="my-request-open">
                        {c.title}
                      </a>
                    </td>
                    <td>{label(labels.channel(c.channel), c.channel)}</td>
                    <td>{label(labels.requestClass(c.requestClass), '—')}</td>
                    <td>
                      <StatusBadge status={c.status} />
                      {awaitingRating(c) && <span className="badge badge-due">{t('mine.awaitingRating')}</span>}
                    </td>
                    <td>{f.date(c.createdAt)}</td>
                    <td>{f.date(c.deadlineAt)}</td>
                    <td className="actions">
                      {awaitingRating(c) && definition && (
                        <button type="button" className="btn btn-small btn-primary" onClick={() => setRating(c)} data-testid="rate-open">
                          {t('rating.rate')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
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
