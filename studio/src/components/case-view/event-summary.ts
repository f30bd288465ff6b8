import type { Label, TimelineEvent } from '../../api/types';
import type { Translate } from '../../i18n';
import type { DefinitionLabels } from './definition-labels';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** One line describing what an event's data says, in the reader's language. */
export function eventSummary(
  e: TimelineEvent,
  labels: DefinitionLabels,
  t: Translate,
  label: (l: Label | null, fallback?: string) => string,
): string {
  const d = e.data;
  switch (e.type) {
    case 'submitted':
      return label(labels.channel(str(d.channel)), str(d.channel) ?? '');
    case 'classified':
      if (d.workingDays === null)
        return t('event.classifiedNoLimit', {
          cls: label(labels.requestClass(str(d.requestClass)), str(d.requestClass) ?? ''),
          wording: str(d.limitWording) ?? '—',
        });
      return t('event.classifiedDetail', {
        cls: label(labels.requestClass(str(d.requestClass)), str(d.requestClass) ?? ''),
        n: typeof d.workingDays === 'number' ? d.workingDays : '?',
      });
    case 'admissibility.assessed': {
      const refusal = str(d.refusalSuggestion);
      const cls = str(d.classSuggestion);
      if (refusal) return t('event.suggestRefusal', { reason: t.dynamic(`outcome.${refusal}`, refusal) });
      return cls ? t('event.suggestClass', { cls: label(labels.requestClass(cls), cls) }) : '';
    }
    case 'task.completed':
    case 'task.claimed':
    case 'task.unclaimed':
      return str(d.name) ?? '';
    case 'urged':
      return t('event.urgedDetail', { n: typeof d.count === 'number' ? d.count : '?' });
    case 'escalated':
      return `${label(labels.tier(str(d.from)), str(d.from) ?? '')} → ${label(labels.tier(str(d.to)), str(d.to) ?? '')}`;
    case 'answered':
      return str(d.answer) ?? '';
    case 'rated':
      return label(labels.level(str(d.level)), str(d.level) ?? '') + (d.auto ? ` (${t('rating.auto')})` : '');
    case 'closed': {
      const outcome = str(d.outcome);
      return outcome ? t.dynamic(`outcome.${outcome}`, outcome) : '';
    }
    default:
      return '';
  }
}
