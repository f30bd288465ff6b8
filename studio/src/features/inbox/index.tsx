import { useState } from 'react';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { navigate, usePageTitle, type PageProps } from '../../routing';
import { useSession } from '../../session';
import { InboxTabs } from './InboxTabs';
import { defaultScope, isScope } from './scopes';
import { TaskTable } from './TaskTable';
import { useClaim } from './use-claim';

const limit = 20;

/** 待办: `#/inbox/<scope>` — my, my group's, unclaimed and overdue tasks. */
export default function InboxPage({ params }: PageProps) {
  const t = useT();
  const { user } = useSession();
  const scope = isScope(params[0]) ? params[0] : defaultScope;
  const [offset, setOffset] = useState(0);
  const tasks = useAsync(() => api.tasks({ scope, status: 'open', limit, offset }), [scope, offset]);
  const claims = useClaim(tasks.reload);
  usePageTitle(t('inbox.title'));
  const page = tasks.data;
  const select = (next: typeof scope) => (setOffset(0), navigate(['inbox', next], true));

  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('inbox.title')}</h1>
        <button type="button" className="btn btn-ghost" onClick={tasks.reload} data-testid="inbox-refresh">
          {t('common.refresh')}
        </button>
      </div>
      <InboxTabs active={scope} counts={page?.counts} onSelect={select} />
      <section
        id="inbox-panel"
        role="tabpanel"
        aria-labelledby={`tab-${scope}`}
        className="panel tab-panel"
        aria-busy={tasks.loading}
      >
        <ErrorBanner error={tasks.error ?? claims.error} onRetry={tasks.error ? tasks.reload : undefined} />
        {tasks.loading && !page ? (
          <Loading />
        ) : page && page.items.length === 0 ? (
          <EmptyState title={t(`inbox.empty.${scope}`)} testId="inbox-empty" />
        ) : (
          page && (
            <TaskTable
              tasks={page.items}
              me={user?.id ?? ''}
              busyId={claims.busyId}
              onClaim={claims.claim}
              onUnclaim={claims.unclaim}
            />
          )
        )}
        {page && <Pager offset={offset} limit={limit} total={page.total} onChange={setOffset} />}
      </section>
    </div>
  );
}
