import { useT } from '../i18n';

/**
 * "临时" beside a deadline that falls in a year whose 国务院办公厅 holiday notice is not out yet:
 * it was counted on the statutory holidays only and may move once the notice is entered.
 */
export function ProvisionalTag({ testId }: { testId?: string }) {
  const t = useT();
  const why = t('provisional.why');
  return (
    <span className="badge badge-provisional" title={why} data-testid={testId ?? 'deadline-provisional'}>
      {t('provisional.tag')}
      <span className="visually-hidden">（{why}）</span>
    </span>
  );
}
