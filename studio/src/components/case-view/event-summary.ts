import type { Label, TimelineEvent } from '../../api/types';
import type { Translate } from '../../i18n';
import type { DefinitionLabels } from './definition-labels';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The Beijing day a deadline instant ends (24:00 belongs to the day before). */
const dayOf = (v: unknown): string => {
  const at = str(v);
  if (!at || Number.isNaN(Date.parse(at))) return '—';
  return new Date(Date.parse(at) + 8 * 3_600_000 - 1).toISOString().slice(0, 10);
};

/** 协办单位意见: `unit：opinion` for each co-unit, units by name. */
function contributions(
  value: unknown,
  labels: DefinitionLabels,
  label: (l: Label | null, fallback?: string) => string,
): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((c: unknown) => {
      const { unit, opinion } = (c ?? {}) as { unit?: unknown; opinion?: unknown };
      const u = str(unit);
      return `${label(labels.group(u), u ?? '')}：${(str(opinion) ?? '').replace(/。$/, '')}`;
    })
    .join('；');
}

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
      if (refusal) return t('event.suggestRefusal', { reason: t.lookup('outcome', refusal, refusal) });
      return cls ? t('event.suggestClass', { cls: label(labels.requestClass(cls), cls) }) : '';
    }
    case 'task.completed':
    case 'task.claimed':
    case 'task.unclaimed':
      return str(d.name) ?? '';
    // the reasons and notes a person wrote travel with the case (办理经过)
    case 'task.returned':
    case 'task.reassigned':
    case 'extension.requested':
    case 'extension.refused':
    case 'extension.approved':
      return str(d.reason) ?? '';
    case 'comment':
      return str(d.text) ?? '';
    case 'co-units.contributed':
      return contributions(d.contributions, labels, label);
    case 'case.migrated':
      return t('event.migratedDetail', {
        from: String(d.fromVersion),
        to: String(d.toVersion),
        note: str(d.note) ?? '',
      });
    case 'urged':
      return t('event.urgedDetail', { n: typeof d.count === 'number' ? d.count : '?' });
    case 'escalated':
      return `${label(labels.tier(str(d.from)), str(d.from) ?? '')} → ${label(labels.tier(str(d.to)), str(d.to) ?? '')}`;
    case 'answered':
      return str(d.answer) ?? '';
    case 'rated':
      return label(labels.level(str(d.level)), str(d.level) ?? '') + (d.auto ? ` (${t('rating.auto')})` : '');
    case 'sla.recalculated': // the calendar changed (a notice entered, local days published)
      return t('event.recalculatedDetail', {
        message: str(d.message) ?? '',
        from: dayOf(d.from),
        to: dayOf(d.deadlineAt),
      });
    case 'closed': {
      const outcome = str(d.outcome);
      return outcome ? t.lookup('outcome', outcome, outcome) : '';
    }
    default:
      return '';
  }
}
