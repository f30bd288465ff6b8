import { taskApi } from '../../api/task-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';

/** 改派 picker: the jurisdiction's staff by name and unit (never an id on screen). */
export function AssigneePicker({
  taskId,
  value,
  onChange,
}: {
  taskId: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useT();
  const staff = useAsync(() => taskApi.assignees(taskId), [taskId]);
  return (
    <Field id="task-action-assignee" label={t('taskActions.assignee')}>
      <ErrorBanner error={staff.error} />
      <select
        id="task-action-assignee"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="task-action-assignee"
      >
        <option value="">{t('taskActions.pickAssignee')}</option>
        {(staff.data ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.unit ? `${s.name}（${s.unit}）` : s.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
