import { useT } from '../../i18n';
import { Tabs } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { Authoring, DefinitionProblem, VersionRecord } from '../../api/definition-types';
import { Loading } from '../../components/Loading';
import { navigate } from '../../routing';
import { FormEditor } from './forms/FormEditor';
import { tabOf } from './problems';
import { ProblemList } from './ProblemList';
import { PublishBar } from './PublishBar';
import { SettingsEditor } from './settings/SettingsEditor';
import { useDraft } from './use-draft';

// The modeller (bpmn-js) and the version diff (bpmn-moddle + differ) load only when opened.
const ProcessModeler = lazy(() => import('./modeler/ProcessModeler'));
const VersionsPanel = lazy(() => import('./versions/VersionsPanel'));
const MigrationPanel = lazy(() => import('./migration/MigrationPanel'));

export const adminTabs = ['settings', 'modeler', 'forms', 'versions', 'migration'] as const;
export type AdminTab = (typeof adminTabs)[number];

interface Props {
  jurisdiction: string;
  initial: VersionRecord;
  authoring: Authoring;
  tab: AdminTab;
}

/** Draft + publish bar + the four editors and migration; problems from validate/publish show in their tab. */
export function AdminStudio({ jurisdiction, initial, authoring, tab }: Props) {
  const t = useT();
  const draft = useDraft(initial);
  const [problems, setProblems] = useState<DefinitionProblem[]>([]);
  const count = (tab: AdminTab) => problems.filter((p) => p.severity === 'error' && tabOf(p) === tab).length;
  const label = (tab: AdminTab) => (count(tab) ? `${t(`admin.${tab}`)} (${count(tab)})` : t(`admin.${tab}`));
  const v = draft.base.version;
  const body: Record<AdminTab, () => ReactNode> = {
    settings: () => (
      <SettingsEditor
        key={v}
        jurisdiction={jurisdiction}
        draft={draft}
        schema={authoring.mechanismSchema}
        problems={problems}
      />
    ),
    modeler: () => (
      <ProcessModeler
        key={v}
        jurisdiction={jurisdiction}
        draft={draft}
        jobTypes={authoring.jobTypes}
        problems={problems}
        onProblems={setProblems}
      />
    ),
    forms: () => <FormEditor key={v} draft={draft} problems={problems} />,
    versions: () => (
      <VersionsPanel jurisdiction={jurisdiction} current={draft.base} onPublished={draft.reset} />
    ),
    migration: () => <MigrationPanel jurisdiction={jurisdiction} current={draft.base} />,
  };
  return (
    <div className="admin-studio">
      <PublishBar jurisdiction={jurisdiction} draft={draft} onProblems={setProblems} />
      <ProblemList problems={problems.filter((p) => tabOf(p) === tab)} testId="problems" />
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(['admin', key], true)}
        items={adminTabs.map((t) => ({
          key: t,
          label: <span data-testid={`admin-tab-${t}`}>{label(t)}</span>,
          children: t === tab ? <Suspense fallback={<Loading />}>{body[t]()}</Suspense> : null,
        }))}
      />
    </div>
  );
}
