import { Input, Select, type InputRef } from 'antd';
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
  const searchRef = useRef<InputRef>(null);
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
        <Input
          ref={searchRef}
          type="search"
          allowClear
          value={search}
          placeholder={t('inbox.searchHint')}
          aria-keyshortcuts="/"
          onChange={(e) => onSearch(e.target.value)}
          data-testid="inbox-search"
        />
      </label>
      <label className="filter">
        <span>{t('case.class')}</span>
        <Select
          value={filter.requestClass}
          onChange={(requestClass) => onFilter({ ...filter, requestClass })}
          data-testid="inbox-class"
          popupMatchSelectWidth={false}
          options={[
            { value: '', label: t('mine.all') },
            ...classes.map((c) => ({ value: c.id, label: label(c.label, c.id) })),
          ]}
        />
      </label>
      <label className="filter">
        <span>{t('inbox.sort')}</span>
        <Select<InboxFilter['sort']>
          value={filter.sort}
          onChange={(sort) => onFilter({ ...filter, sort })}
          data-testid="inbox-sort"
          popupMatchSelectWidth={false}
          options={[
            { value: 'due', label: t('inbox.sort.due') },
            { value: '-created', label: t('inbox.sort.newest') },
            { value: 'created', label: t('inbox.sort.oldest') },
          ]}
        />
      </label>
    </div>
  );
}
