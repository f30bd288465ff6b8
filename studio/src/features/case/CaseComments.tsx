import { Button } from 'antd';
import { useState } from 'react';
import { caseWorkApi } from '../../api/case-work-client';
import type { TimelineEvent } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Panel } from '../../components/Panel';
import { useFormat, useT } from '../../i18n';

/** 内部意见: staff comments on a case (never shown to the enterprise), newest last, and a new one. */
export function CaseComments({
  caseId,
  timeline,
  onAdded,
}: {
  caseId: string;
  timeline: TimelineEvent[];
  onAdded: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const comments = timeline.filter((e) => e.type === 'comment');
  const send = () => {
    setBusy(true);
    setError(null);
    setSent(false);
    caseWorkApi
      .comment(caseId, text.trim())
      .then(() => (setText(''), setSent(true), onAdded()), setError)
      .finally(() => setBusy(false));
  };
  return (
    <Panel id="case-comments-title" title={t('caseWork.comments')} testId="case-comments">
      <p className="field-help">{t('caseWork.commentsInternal')}</p>
      {comments.length === 0 ? (
        <EmptyState title={t('caseWork.noComments')} />
      ) : (
        <ul className="plain-list comment-list">
          {comments.map((c) => (
            <li key={c.id} className="comment" data-testid="case-comment">
              <p className="muted">
                {c.actorName ?? t('taskActions.someone')} · {f.dateTime(c.at)}
              </p>
              <p>{String(c.data.text ?? '')}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => (e.preventDefault(), send())}>
        <ErrorBanner error={error} />
        <Field id="case-comment-text" label={t('caseWork.newComment')}>
          <textarea
            id="case-comment-text"
            rows={3}
            value={text}
            maxLength={4000}
            onChange={(e) => setText(e.target.value)}
            data-testid="case-comment-text"
          />
        </Field>
        <Button htmlType="submit" disabled={busy || text.trim() === ''} data-testid="case-comment-send">
          {t('caseWork.addComment')}
        </Button>
        {sent && (
          <span className="muted" role="status" data-testid="case-comment-sent">
            {' '}
            {t('caseWork.commentAdded')}
          </span>
        )}
      </form>
    </Panel>
  );
}
