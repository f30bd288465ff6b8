import { Button } from 'antd';
import { useState } from 'react';
import { taskApi } from '../../api/task-client';
import { splitErrors, underPrefix } from '../../api/error-fields';
import type { TaskDetail } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { href } from '../../routing';
import { TaskForm } from './TaskForm';
import { TaskResult } from './TaskResult';

/**
 * The task's form (rendered by rjsf from its JSON Schema), only for its assignee: an unclaimed task
 * is read-only until claimed (the server refuses its completion too); a completed task shows its
 * result instead.
 */
export function TaskWork({
  detail,
  me,
  onCompleted,
}: {
  detail: TaskDetail;
  me: string;
  onCompleted: () => void;
}) {
  const t = useT();
  const [banner, setBanner] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const { task, form, actions } = detail;

  if (task.status !== 'open') return <TaskResult detail={detail} />;
  if (done)
    return (
      <div className="banner banner-success" role="status" data-testid="task-done">
        <p>{t('task.completedNow')}</p>
        <Button type="primary" href={href('inbox')} data-testid="back-to-inbox">
          {t('task.backToInbox')}
        </Button>
      </div>
    );
  if (actions.decideExtension) return null; // 延期审批 is decided above, not completed as a form
  if (task.assignee !== me)
    return (
      <p className="banner" role="status" data-testid="task-read-only">
        {task.assignee === null ? t('taskActions.claimFirst') : t('taskActions.othersTask')}
      </p>
    );
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
