import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { TaskDetail } from '../../api/types';
import { StudioForm } from '../../forms/StudioForm';
import { useFormat, useT } from '../../i18n';

/** A completed task's result: who completed it, when, and its form data read-only — no actions. */
export function TaskResult({ detail }: { detail: TaskDetail }) {
  const t = useT();
  const f = useFormat();
  const { task, form } = detail;
  const result = (task.result ?? {}) as Record<string, unknown>;
  return (
    <div className="task-result" data-testid="task-result">
      <p className="banner banner-success" role="status">
        {t(task.status === 'cancelled' ? 'taskActions.result.cancelled' : 'taskActions.result.completed', {
          name: detail.completedByName ?? t('taskActions.someone'),
          at: f.dateTime(task.completedAt),
        })}
      </p>
      {form && Object.keys(result).length > 0 && (
        <StudioForm
          schema={form.schema as RJSFSchema}
          uiSchema={{ ...(form.ui as UiSchema), 'ui:submitButtonOptions': { norender: true } }}
          formData={result}
          idPrefix={`result-${form.key}`}
          idSeparator="_"
          readonly
          showErrorList={false}
        />
      )}
    </div>
  );
}
