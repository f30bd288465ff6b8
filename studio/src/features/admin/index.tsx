import './admin.css';
import { definitionsApi } from '../../api/definitions-client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { usePageTitle, type PageProps } from '../../routing';
import { isAdmin, useSession } from '../../session';
import { AdminStudio, adminTabs, type AdminTab } from './AdminStudio';

const isTab = (s: string | undefined): s is AdminTab => adminTabs.includes(s as AdminTab);

/** 机制配置: `#/admin/<settings|modeler|forms|versions>` — edit, validate and publish the mechanism. */
export default function AdminPage({ params }: PageProps) {
  const t = useT();
  const { user, jurisdiction } = useSession();
  const j = jurisdiction ?? '';
  const allowed = isAdmin(user);
  const loaded = useAsync(
    async () => (allowed ? Promise.all([definitionsApi.current(j), definitionsApi.authoring()]) : null),
    [j, allowed],
  );
  usePageTitle(t('admin.title'));
  const tab = isTab(params[0]) ? params[0] : 'settings';
  if (!allowed) return <EmptyState title={t('admin.noAccess')} testId="admin-no-access" />;
  return (
    <>
      <div className="page page-wide">
        <div className="page-head">
          <h1 className="page-title">{t('admin.title')}</h1>
        </div>
        <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
        {loaded.loading && !loaded.data ? (
          <Loading />
        ) : (
          loaded.data && (
            <AdminStudio
              key={j}
              jurisdiction={j}
              initial={loaded.data[0]}
              authoring={loaded.data[1]}
              tab={tab}
            />
          )
        )}
      </div>
    </>
  );
}
