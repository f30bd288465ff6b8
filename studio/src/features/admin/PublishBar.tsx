import { useT } from '../../i18n';
import { Alert, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import type { DefinitionProblem, PublishResult } from '../../api/definition-types';
import { definitionsApi } from '../../api/definitions-client';
import { PublishPreview } from './PublishPreview';
import type { Draft } from './use-draft';

interface Props {
  jurisdiction: string;
  draft: Draft;
  onProblems: (problems: DefinitionProblem[]) => void;
}

type Outcome = { kind: 'ok' | 'error' | 'info'; text: string } | null;

/**
 * Validate and publish the draft: an invalid draft is refused and its errors shown in place; a valid
 * one is published only after its preview (changes in words, open cases, change note) is confirmed.
 */
export function PublishBar({ jurisdiction, draft, onProblems }: Props) {
  const t = useT();
  const [busy, setBusy] = useState<'validate' | 'publish' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [previewing, setPreviewing] = useState(false);

  async function validate() {
    setBusy('validate');
    try {
      const r = await definitionsApi.validate(jurisdiction, draft.value);
      onProblems(r.problems);
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      setOutcome(
        errors
          ? { kind: 'error', text: t('admin.invalid', { count: errors }) }
          : { kind: 'ok', text: t('admin.valid') },
      );
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  }

  /** A draft that does not validate is refused in place; a valid one opens the confirmation. */
  async function review() {
    setBusy('publish');
    try {
      const r = await definitionsApi.validate(jurisdiction, draft.value);
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      onProblems(r.problems);
      setOutcome(errors ? { kind: 'error', text: t('admin.invalid', { count: errors }) } : null);
      if (!errors) setPreviewing(true);
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  }

  async function published(r: PublishResult) {
    setPreviewing(false);
    onProblems([]);
    draft.reset(await definitionsApi.version(jurisdiction, r.version));
    setOutcome({
      kind: r.unchanged ? 'info' : 'ok',
      text: r.unchanged ? t('admin.unchanged') : t('admin.published', { version: r.version }),
    });
  }

  function invalid(problems: DefinitionProblem[]) {
    setPreviewing(false);
    onProblems(problems);
    setOutcome({ kind: 'error', text: t('admin.invalid', { count: problems.length }) });
  }

  return (
    <div className="admin-publish" data-testid="publish-bar">
      <Space wrap>
        <Tag color="blue" data-testid="draft-base">
          {t('admin.basedOn', { version: draft.base.version })}
        </Tag>
        <Button onClick={() => void validate()} loading={busy === 'validate'} data-testid="draft-validate">
          {t('admin.validate')}
        </Button>
        <Button
          type="primary"
          onClick={() => void review()}
          loading={busy === 'publish'}
          data-testid="draft-publish"
        >
          {busy === 'publish' ? t('admin.publishing') : t('admin.publish')}
        </Button>
        {draft.dirty && (
          <Button
            onClick={() => (draft.reset(draft.base), onProblems([]), setOutcome(null))}
            data-testid="draft-discard"
          >
            {t('admin.discard')}
          </Button>
        )}
        {draft.dirty && (
          <Tag icon={<span aria-hidden="true">● </span>} data-testid="draft-dirty">
            {t('admin.dirty')}
          </Tag>
        )}
      </Space>
      {previewing && (
        <PublishPreview
          jurisdiction={jurisdiction}
          base={draft.base}
          draft={draft.value}
          onCancel={() => setPreviewing(false)}
          onPublished={(r) => void published(r)}
          onInvalid={invalid}
        />
      )}
      {outcome && (
        <Alert
          className="admin-outcome"
          type={outcome.kind === 'ok' ? 'success' : outcome.kind === 'info' ? 'info' : 'error'}
          title={outcome.text}
          showIcon
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          data-testid="publish-outcome"
        />
      )}
    </div>
  );
}
