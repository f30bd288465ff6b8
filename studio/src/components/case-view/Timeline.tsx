import type { Definition, TimelineEvent } from '../../api/types';
import { useFormat, useLabel, useT } from '../../i18n';
import { EmptyState } from '../EmptyState';
import { definitionLabels } from './definition-labels';
import { eventSummary } from './event-summary';
import { Panel } from '../Panel';

/**
 * 办理经过: the case's history, oldest first — what happened, when, by whom (name and unit), and
 * what each step wrote (its fields, titled; staff see all of them, the enterprise the public ones).
 */
export function Timeline({
  events,
  definition,
}: {
  events: TimelineEvent[];
  definition: Definition | undefined;
}) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const labels = definitionLabels(definition);
  // the enterprise's view names actors in words (its own steps, staff, the system); staff see ids
  const actorWords: Record<string, string> = {
    system: t('timeline.system'),
    staff: t('timeline.staff'),
    enterprise: t('timeline.enterprise'),
  };
  return (
    <Panel id="timeline-title" title={t('timeline.title')} testId="timeline">
      {events.length === 0 ? (
        <EmptyState title={t('timeline.empty')} />
      ) : (
        <ol className="timeline">
          {events.map((e) => {
            const detail = eventSummary(e, labels, t, label);
            return (
              <li
                key={e.id}
                className={`timeline-item timeline-${e.type.replace(/\./g, '-')}`}
                data-testid="timeline-item"
              >
                <time dateTime={e.at}>{f.dateTime(e.at)}</time>
                <span className="timeline-type">{t.lookup('event', e.type, t('event.other'))}</span>
                {detail && <span className="timeline-detail">{detail}</span>}
                {e.fields && e.fields.length > 0 && (
                  <dl className="timeline-fields" data-testid="timeline-fields">
                    {e.fields.map((field) => (
                      <div key={field.name}>
                        <dt>{field.title}</dt>
                        <dd className="pre-wrap">{field.text}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <span className="timeline-actor">
                  {e.actor === 'system'
                    ? t('timeline.system')
                    : (e.actorName ?? actorWords[e.actor] ?? t('timeline.staff'))}
                  {e.actorUnit && `（${e.actorUnit}）`}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
