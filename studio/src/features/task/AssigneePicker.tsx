import { taskApi } from '../../api/task-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectFilter } from '../../components/SelectFilter';
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
    <>
      <ErrorBanner error={staff.error} />
      <SelectFilter
        label={t('taskActions.assignee')}
        value={value}
        onChange={onChange}
        placeholder={t('taskActions.pickAssignee')}
        choices={(staff.data ?? []).map((s) => ({
          value: s.id,
          label: s.unit ? `${s.name}（${s.unit}）` : s.name,
        }))}
        testId="task-action-assignee"
      />
    </>
  );
}
