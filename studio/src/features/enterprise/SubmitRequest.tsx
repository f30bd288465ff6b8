import { Button } from 'antd';
import { useState } from 'react';
import type { Case } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { loadDefinition, loadForm } from '../../hooks/use-definition';
import { useT } from '../../i18n';
import { href } from '../../routing';
import { SubmitForm } from './SubmitForm';
import { CaseAttachments } from '../case/CaseAttachments';

/** Loads the mechanism and its intake form, then shows the form or the confirmation. */
export function SubmitRequest({ jurisdiction }: { jurisdiction: string }) {
  const t = useT();
  const [submitted, setSubmitted] = useState<Case | null>(null);
  const [round, setRound] = useState(0);
  const { data, error, loading, reload } = useAsync(async () => {
    const definition = await loadDefinition(jurisdiction);
    return { definition, intake: await loadForm(jurisdiction, definition.mechanism.intakeForm) };
  }, [jurisdiction]);

  if (loading) return <Loading />;
  if (error || !data) return <ErrorBanner error={error} onRetry={reload} />;
  if (submitted) {
    // the files picked in the form are uploaded by now; more can be added here
    return (
      <>
        <section className="panel banner-success" role="status" data-testid="submit-success">
          <h2 className="panel-title">{t('submit.done')}</h2>
          <p>{t('submit.doneDetail', { title: submitted.title })}</p>
          <p>{t('submit.attachHint')}</p>
          <div className="form-actions">
            <Button type="primary" href={href('cases', submitted.id)} data-testid="submit-view-case">
              {t('submit.viewCase')}
            </Button>
            <Button onClick={() => (setSubmitted(null), setRound((r) => r + 1))} data-testid="submit-another">
              {t('submit.another')}
            </Button>
          </div>
        </section>
        <CaseAttachments caseId={submitted.id} canUpload />
      </>
    );
  }
  return <SubmitForm key={round} jurisdiction={jurisdiction} {...data} onSubmitted={setSubmitted} />;
}
