import { useState } from 'react';
import { caseWorkApi, type SupervisionKind } from '../../api/case-work-client';
import type { Mechanism } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { NoteField } from '../../components/NoteField';
import { SelectFilter } from '../../components/SelectFilter';
import { useLabel, useT } from '../../i18n';

/** Issue a 督办单 or 领导批示: to a unit (group) by name, with an instruction and working days. */
export function IssueOrder({
  caseId,
  groups,
  kinds,
  onIssued,
}: {
  caseId: string;
  groups: Mechanism['groups'];
  kinds: SupervisionKind[];
  onIssued: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const [kind, setKind] = useState<SupervisionKind>(kinds[0] ?? 'supervision');
  const [targetGroup, setTargetGroup] = useState('');
  const [instruction, setInstruction] = useState('');
  const [days, setDays] = useState(3);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState(false);
  const issue = () => {
    setBusy(true);
    setError(null);
    setIssued(false);
    caseWorkApi
      .issue(caseId, { kind, targetGroup, instruction: instruction.trim(), workingDays: days })
      .then(() => (setInstruction(''), setIssued(true), onIssued()), setError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="task-action-form" onSubmit={(e) => e.preventDefault()} data-testid="issue-order">
      <h3 className="form-title">{t('caseWork.issue')}</h3>
      <ErrorBanner error={error} />
      {kinds.length > 1 && (
        <SelectFilter
          label={t('caseWork.kindLabel')}
          value={kind}
          onChange={(k) => setKind(k as SupervisionKind)}
          choices={kinds.map((k) => ({ value: k, label: t(`caseWork.kind.${k}`) }))}
          testId="order-kind"
        />
      )}
      <SelectFilter
        label={t('caseWork.target')}
        value={targetGroup}
        onChange={setTargetGroup}
        placeholder={t('caseWork.pickTarget')}
        choices={groups.map((g) => ({ value: g.id, label: label(g.label) }))}
        testId="order-target"
      />
      <NoteField action="supervision" value={instruction} onChange={setInstruction} />
      <Field id="order-days" label={t('caseWork.workingDays')}>
        <input
          id="order-days"
          type="number"
          min={1}
          max={60}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
          data-testid="order-days"
        />
      </Field>
      <div className="form-actions">
        <ConfirmButton
          type="primary"
          disabled={busy || targetGroup === '' || instruction.trim().length < 2}
          question={t('caseWork.confirmIssue', { kind: t(`caseWork.kind.${kind}`) })}
          onConfirm={issue}
          testId="order-send"
        >
          {t('caseWork.send')}
        </ConfirmButton>
        {issued && (
          <span className="muted" role="status" data-testid="order-issued">
            {t('caseWork.issuedNow')}
          </span>
        )}
      </div>
    </form>
  );
}
