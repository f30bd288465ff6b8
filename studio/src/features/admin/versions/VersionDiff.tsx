import { Card } from 'antd';
import type { VersionRecord } from '../../../api/definition-types';
import { useAdminText } from '../admin-text';
import { ChangeList } from '../changes/ChangeList';
import { useChanges } from '../changes/use-changes';

/** Differences between two versions in words: settings, forms and BPMN (by element names). */
export function VersionDiff({ a, b }: { a: VersionRecord; b: VersionRecord }) {
  const tx = useAdminText();
  const changes = useChanges(a.bundle, b.bundle);
  return (
    <div className="admin-diff">
      <Card size="small" title={`${tx('diffSettings')} (v${a.version} → v${b.version})`}>
        <ChangeList items={changes.settings} testId="diff-settings" />
      </Card>
      <Card size="small" title={tx('diffForms')}>
        <ChangeList items={changes.forms} testId="diff-forms" />
      </Card>
      <Card size="small" title={tx('diffBpmn')}>
        <ChangeList items={changes.process} loading={changes.processLoading} testId="diff-bpmn" />
      </Card>
    </div>
  );
}
