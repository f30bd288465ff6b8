import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import type { InboxTab } from './scopes';

export interface InboxTabsProps {
  /** The tabs this user sees, in order (`scopesFor`). */
  scopes: InboxTab[];
  active: InboxTab;
  counts: Partial<Record<InboxTab, number>> | undefined;
  onSelect: (scope: InboxTab) => void;
}

/** The inbox tabs with their counts; arrow keys, Home and End move between tabs. */
export function InboxTabs({ scopes, active, counts, onSelect }: InboxTabsProps) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, i: number) => {
    const last = scopes.length - 1;
    const next = {
      ArrowRight: i === last ? 0 : i + 1,
      ArrowLeft: i === 0 ? last : i - 1,
      Home: 0,
      End: last,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    refs.current[next]?.focus();
    onSelect(scopes[next]!);
  };
  return (
    <div role="tablist" aria-label={t('inbox.title')} className="tabs">
      {scopes.map((scope, i) => {
        const n = counts?.[scope];
        return (
          <button
            key={scope}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${scope}`}
            aria-selected={scope === active}
            aria-controls="inbox-panel"
            tabIndex={scope === active ? 0 : -1}
            className={`tab${(scope === 'overdue' || scope === 'due-soon') && n ? ' tab-alert' : ''}`}
            onClick={() => onSelect(scope)}
            onKeyDown={(e) => move(e, i)}
            data-testid={`inbox-tab-${scope}`}
          >
            {t(`inbox.tab.${scope}`)}
            <span className="tab-count" data-testid={`inbox-count-${scope}`}>
              {n ?? '–'}
            </span>
          </button>
        );
      })}
    </div>
  );
}
