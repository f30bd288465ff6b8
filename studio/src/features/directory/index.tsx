import { useState } from 'react';
import { directoryApi } from '../../api/directory-client';
import type { OrgUnitNode } from '../../api/directory-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { href, usePageTitle, type PageProps } from '../../routing';
import { useSession } from '../../session';
import { AccountsPanel } from './AccountsPanel';
import { EnterpriseImport } from './EnterpriseImport';
import { EnterprisesPanel } from './EnterprisesPanel';
import { OrgTree } from './OrgTree';
import { PairingsPanel } from './PairingsPanel';
import { PolicyPushPanel } from './PolicyPushPanel';
import { StaffTable } from './StaffTable';

const tabs = ['org', 'staff', 'enterprises', 'accounts', 'pairings', 'policies'] as const;
type Tab = (typeof tabs)[number];

const unitNames = (nodes: OrgUnitNode[], into = new Map<string, string>()): Map<string, string> => {
  for (const n of nodes) unitNames(n.children, into.set(n.id, n.name));
  return into;
};

/** 名录管理: `#/directory/<org|staff|enterprises|accounts|pairings|policies>`. */
export default function DirectoryPage({ params }: PageProps) {
  const t = useT();
  const { jurisdiction } = useSession();
  const j = jurisdiction ?? '';
  const tab: Tab = tabs.includes(params[0] as Tab) ? (params[0] as Tab) : 'org';
  const people = useAsync(async () => {
    const [staff, units] = await Promise.all([directoryApi.staff(j), directoryApi.orgUnits(j)]);
    return { staff, units: unitNames(units) };
  }, [j]);
  // a 片区划分表 import adds units: the tree is read again
  const [imports, setImports] = useState(0);
  usePageTitle(t('dir.title'));
  return (
    <div className="page">
      <div className="page-head">
        <h1 className="page-title">{t('dir.title')}</h1>
      </div>
      <nav className="tabs" aria-label={t('dir.title')}>
        {tabs.map((k) => (
          <a
            key={k}
            className="tab"
            href={href('directory', k)}
            aria-current={k === tab ? 'page' : undefined}
            data-testid={`dir-tab-${k}`}
          >
            {t(`dir.tab.${k}`)}
          </a>
        ))}
      </nav>
      <div className="tab-panel-plain">
        <ErrorBanner error={people.error} onRetry={people.reload} />
        {tab === 'org' && <OrgTree key={imports} jurisdiction={j} />}
        {tab === 'org' && (
          <EnterpriseImport
            jurisdiction={j}
            sheet="service-areas"
            onImported={() => (setImports((n) => n + 1), people.reload())}
          />
        )}
        {tab === 'enterprises' && <EnterprisesPanel jurisdiction={j} />}
        {tab === 'accounts' && <AccountsPanel jurisdiction={j} />}
        {(tab === 'staff' || tab === 'pairings' || tab === 'policies') && !people.data && <Loading />}
        {tab === 'staff' && people.data && (
          <StaffTable staff={people.data.staff} units={people.data.units} onChanged={people.reload} />
        )}
        {tab === 'pairings' && people.data && <PairingsPanel jurisdiction={j} staff={people.data.staff} />}
        {tab === 'policies' && people.data && <PolicyPushPanel jurisdiction={j} staff={people.data.staff} />}
      </div>
    </div>
  );
}
