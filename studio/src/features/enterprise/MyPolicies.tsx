import { Button } from 'antd';
import { useState } from 'react';
import { policyApi } from '../../api/policy-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import { Panel } from '../../components/Panel';

/** 惠企政策直达: the policies pushed to my enterprise; reading one sends the 回执. */
export function MyPolicies({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const fmt = useFormat();
  const data = useAsync(() => policyApi.mine(jurisdiction), [jurisdiction]);
  const [error, setError] = useState<unknown>(null);
  const read = (id: string) => {
    setError(null);
    policyApi.read(jurisdiction, id).then(() => data.reload(), setError);
  };
  return (
    <Panel id="my-policies" title={t('mine.policies')} testId="my-policies">
      <ErrorBanner error={data.error ?? error} onRetry={data.error ? data.reload : undefined} />
      {data.loading && !data.data ? (
        <Loading />
      ) : data.data?.items.length === 0 ? (
        <p className="muted">{t('mine.noPolicies')}</p>
      ) : (
        <ul className="policy-list">
          {data.data?.items.map((n) => (
            <li key={n.id} data-testid="my-policy">
              <strong>{n.policyTitle ?? n.policyId}</strong>{' '}
              <span className="muted">{t('mine.pushedAt', { at: fmt.date(n.pushedAt) })}</span>{' '}
              {n.readAt ? (
                <span>{t('mine.readAt', { at: fmt.date(n.readAt) })}</span>
              ) : (
                <Button size="small" onClick={() => read(n.id)} data-testid="my-policy-read">
                  {t('mine.markRead')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
