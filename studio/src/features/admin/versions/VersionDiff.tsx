import { useT } from '../../../i18n';
import { Card } from 'antd';
import type { VersionRecord } from '../../../api/definition-types';
import { ChangeList } from '../changes/ChangeList';
import { useChanges } from '../changes/use-changes';

/** Differences between two versions in words: settings, forms and BPMN (by element names). */
export function VersionDiff({ a, b }: { a: VersionRecord; b: VersionRecord }) {
  const t = useT();
  const changes = useChanges(a.bundle, b.bundle);
  return (
    <div className="admin-diff">
      <Card size="small" title={`${t('admin.diffSettings')} (v${a.version} → v${b.version})`}>
        <ChangeList items={changes.settings} testId="diff-settings" />
      </Card>
      <Card size="small" title={t('admin.diffForms')}>
        <ChangeList items={changes.forms} testId="diff-forms" />
      </Card>
      <Card size="small" title={t('admin.diffBpmn')}>
        <ChangeList items={changes.process} loading={changes.processLoading} testId="diff-bpmn" />
      </Card>
    </div>
  );
}
