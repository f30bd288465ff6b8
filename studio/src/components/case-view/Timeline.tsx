import type { Definition, TimelineEvent } from '../../api/types';
import { useFormat, useLabel, useT } from '../../i18n';
import { EmptyState } from '../EmptyState';
import { definitionLabels } from './definition-labels';
import { eventSummary } from './event-summary';
import { Panel } from '../Panel';

/** The case's history, oldest first: what happened, when, and by whom. */
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
                <span className="timeline-actor">
                  {e.actor === 'system'
                    ? t('timeline.system')
                    : (e.actorName ?? actorWords[e.actor] ?? e.actor)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
