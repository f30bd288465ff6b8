import { useT } from '../../i18n';
import { Alert, Divider, Modal, type ButtonProps } from 'antd';
import { NoteField } from '../../components/NoteField';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import type {
  DefinitionDraft,
  DefinitionProblem,
  PublishResult,
  VersionRecord,
} from '../../api/definition-types';
import { definitionsApi } from '../../api/definitions-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAsync } from '../../hooks/use-async';
import { ChangeList } from './changes/ChangeList';
import { useChanges } from './changes/use-changes';

interface Props {
  jurisdiction: string;
  base: VersionRecord;
  draft: DefinitionDraft;
  onCancel: () => void;
  onPublished: (r: PublishResult) => void;
  onInvalid: (problems: DefinitionProblem[]) => void;
}

/**
 * 发布前确认: what changes, in words; how many open cases stay on the current version; a required
 * change note stored with the version; publishing only on confirmation.
 */
export function PublishPreview({ jurisdiction, base, draft, onCancel, onPublished, onInvalid }: Props) {
  const t = useT();
  const changes = useChanges(base.bundle, draft);
  const open = useAsync(
    () => definitionsApi.openCases(jurisdiction, base.version),
    [jurisdiction, base.version],
  );
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function publish() {
    setBusy(true);
    try {
      onPublished(await definitionsApi.publish(jurisdiction, draft, note.trim()));
    } catch (e) {
      if (e instanceof ApiError && e.status === 422)
        onInvalid(e.details.map((d) => ({ path: d.path, reason: d.reason, severity: 'error' })));
      else setError(e);
    } finally {
      setBusy(false);
    }
  }
  const count = open.data?.count;
  return (
    <Modal
      open
      width={720}
      title={t('admin.previewTitle', { version: base.version })}
      okText={t('admin.confirmPublish')}
      cancelText={t('admin.cancel')}
      onOk={() => void publish()}
      onCancel={onCancel}
      okButtonProps={
        { disabled: !note.trim(), loading: busy, 'data-testid': 'publish-confirm' } as ButtonProps
      }
      cancelButtonProps={{ 'data-testid': 'publish-cancel' } as ButtonProps}
    >
      <div data-testid="publish-preview">
        <ErrorBanner error={error ?? open.error} />
        {count !== undefined && (
          <Alert
            type={count > 0 ? 'warning' : 'info'}
            showIcon
            data-testid="publish-impact"
            title={
              count > 0
                ? t('admin.impactOpen', { count, version: base.version })
                : t('admin.impactNone', { version: base.version })
            }
          />
        )}
        <Divider titlePlacement="start">{t('admin.diffSettings')}</Divider>
        <ChangeList items={changes.settings} testId="preview-settings" />
        <Divider titlePlacement="start">{t('admin.diffForms')}</Divider>
        <ChangeList items={changes.forms} testId="preview-forms" />
        <Divider titlePlacement="start">{t('admin.diffBpmn')}</Divider>
        <ChangeList items={changes.process} loading={changes.processLoading} testId="preview-bpmn" />
        <NoteField action="publish" value={note} onChange={setNote} />
      </div>
    </Modal>
  );
}
