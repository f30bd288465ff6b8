import { Button } from 'antd';
import { useState } from 'react';
import { taskApi } from '../../api/task-client';
import { splitErrors, underPrefix } from '../../api/error-fields';
import type { TaskDetail } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { href } from '../../routing';
import { TaskForm } from './TaskForm';

/** The task's form (rendered by rjsf from its JSON Schema) and what happens after completing it. */
export function TaskWork({ detail, onCompleted }: { detail: TaskDetail; onCompleted: () => void }) {
  const t = useT();
  const [banner, setBanner] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const { task, form } = detail;

  if (done || task.status !== 'open') {
    return (
      <div className="banner banner-success" role="status" data-testid="task-done">
        <p>{done ? t('task.completedNow') : t(`taskStatus.${task.status}`)}</p>
        <Button type="primary" href={href('inbox')} data-testid="back-to-inbox">
          {t('task.backToInbox')}
        </Button>
      </div>
    );
  }
  const submit = async (data: Record<string, unknown>): Promise<Record<string, string> | null> => {
    setBanner(null);
    try {
      await taskApi.complete(task.id, data);
      setDone(true);
      onCompleted();
      return null;
    } catch (err) {
      const split = splitErrors(err, underPrefix('/data', Object.keys(form?.schema.properties ?? {})));
      if (split.banner) setBanner(err);
      return split.fields;
    }
  };
  return (
    <>
      <ErrorBanner error={banner} />
      {form ? (
        <TaskForm form={form} onSubmit={submit} />
      ) : (
        <Button type="primary" onClick={() => void submit({})} data-testid="task-complete">
          {t('task.complete')}
        </Button>
      )}
    </>
  );
}
