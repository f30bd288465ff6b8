import { useEffect, useRef } from 'react';
import type { RequestClass } from '../../api/types';
import { useLabel, useT } from '../../i18n';
import type { InboxFilter } from './use-inbox';

export interface InboxFiltersProps {
  filter: InboxFilter;
  classes: RequestClass[];
  search: string;
  onFilter: (next: InboxFilter) => void;
  onSearch: (text: string) => void;
}

/** Request class and order (applied by the server) and a title search; `/` focuses the search. */
export function InboxFilters({ filter, classes, search, onFilter, onSearch }: InboxFiltersProps) {
  const t = useT();
  const label = useLabel();
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (e.key !== '/' || typing) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="filters" role="search" data-testid="inbox-filters">
      <label className="filter">
        <span>{t('inbox.search')}</span>
        <input
          ref={searchRef}
          type="search"
          value={search}
          placeholder={t('inbox.searchHint')}
          aria-keyshortcuts="/"
          onChange={(e) => onSearch(e.target.value)}
          data-testid="inbox-search"
        />
      </label>
      <label className="filter">
        <span>{t('case.class')}</span>
        <select
          value={filter.requestClass}
          onChange={(e) => onFilter({ ...filter, requestClass: e.target.value })}
          data-testid="inbox-class"
        >
          <option value="">{t('mine.all')}</option>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c.label, c.id)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('inbox.sort')}</span>
        <select
          value={filter.sort}
          onChange={(e) => onFilter({ ...filter, sort: e.target.value as InboxFilter['sort'] })}
          data-testid="inbox-sort"
        >
          <option value="due">{t('inbox.sort.due')}</option>
          <option value="-created">{t('inbox.sort.newest')}</option>
          <option value="created">{t('inbox.sort.oldest')}</option>
        </select>
      </label>
    </div>
  );
}
