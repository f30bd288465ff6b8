import { Button } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useDefinition } from '../../hooks/use-definition';
import { useLiveUpdates } from '../../hooks/use-live-updates';
import { useT } from '../../i18n';
import { navigate, usePageTitle, type PageProps } from '../../routing';
import { canSupervise, isStaff, useSession } from '../../session';
import { InboxFilters } from './InboxFilters';
import { InboxTabs } from './InboxTabs';
import { PolicyCollection } from './PolicyCollection';
import { PolicyDeliveries } from './PolicyDeliveries';
import { defaultScope, isScope, scopesFor, type InboxTab } from './scopes';
import { TaskTable } from './TaskTable';
import { useClaim } from './use-claim';
import { useInbox, type InboxFilter } from './use-inbox';

const limit = 20;
const liveTypes = [
  'task.created',
  'task.claimed',
  'task.released',
  'task.completed',
  'task.cancelled',
  'task.updated',
];

/**
 * 待办: `#/inbox/<tab>` — my, my group's, unclaimed, overdue and due-soon tasks, filtered; 已办 (what
 * I completed) and, for the hub and leaders, 全部在办 (every open task of the jurisdiction; read-only
 * for a leader who works no tasks, whose only tab it is).
 */
export default function InboxPage({ params }: PageProps) {
  const t = useT();
  const { user, jurisdiction } = useSession();
  const hub = canSupervise(user);
  // a leader who works no tasks oversees: 全部在办 only, read-only
  const works = isStaff(user);
  const tabs = scopesFor(hub, works);
  const scope = isScope(params[0]) && tabs.includes(params[0]) ? params[0] : works ? defaultScope : 'all';
  const [offset, setOffset] = useState(0);
  const [filter, setFilter] = useState<InboxFilter>({ requestClass: '', sort: 'due' });
  const [search, setSearch] = useState('');
  const tasks = useInbox(scope, filter, limit, offset, hub, works);
  const { data: definition } = useDefinition(jurisdiction);
  const collection = definition?.mechanism.services?.policyCollection;
  const claims = useClaim(tasks.reload);
  useLiveUpdates(liveTypes, tasks.reload);
  const title = works ? t('inbox.title') : t('inbox.tab.all');
  usePageTitle(title);
  const page = tasks.data?.page;
  const needle = search.trim().toLowerCase();
  const shown = page?.items.filter(
    (task) =>
      !needle ||
      task.caseTitle.toLowerCase().includes(needle) ||
      (task.caseNumber ?? '').toLowerCase().includes(needle),
  );
  const select = (next: InboxTab) => (setOffset(0), navigate(['inbox', next], true));

  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{title}</h1>
        <Button type="text" onClick={tasks.reload} data-testid="inbox-refresh">
          {t('common.refresh')}
        </Button>
      </div>
      <InboxTabs scopes={tabs} active={scope} counts={tasks.data?.counts} onSelect={select} />
      <section
        id="inbox-panel"
        role="tabpanel"
        aria-labelledby={`tab-${scope}`}
        className="panel tab-panel"
        aria-busy={tasks.loading}
      >
        <InboxFilters
          filter={filter}
          classes={definition?.mechanism.requestClasses ?? []}
          search={search}
          onFilter={(next) => (setOffset(0), setFilter(next))}
          onSearch={setSearch}
        />
        <ErrorBanner error={tasks.error ?? claims.error} onRetry={tasks.error ? tasks.reload : undefined} />
        {tasks.loading && !page ? (
          <Loading />
        ) : shown && shown.length === 0 ? (
          <EmptyState title={t(`inbox.empty.${scope}`)} testId="inbox-empty" />
        ) : (
          shown && (
            <TaskTable
              done={scope === 'done'}
              readOnly={!works}
              tasks={shown}
              groups={definition?.mechanism.groups ?? []}
              me={user?.id ?? ''}
              busyId={claims.busyId}
              onClaim={claims.claim}
              onUnclaim={claims.unclaim}
            />
          )
        )}
        {page && <Pager offset={offset} limit={limit} total={page.total} onChange={setOffset} />}
      </section>
      {works && definition?.mechanism.services?.policyPush && jurisdiction && user && (
        <PolicyDeliveries jurisdiction={jurisdiction} me={user.id} />
      )}
      {collection && jurisdiction && user?.groups.includes(collection.group) && (
        <PolicyCollection
          jurisdiction={jurisdiction}
          catalogue={definition?.mechanism.services?.policyMatching?.policies ?? []}
        />
      )}
    </div>
  );
}
