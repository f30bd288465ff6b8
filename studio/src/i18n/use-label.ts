import { useCallback } from 'react';
import type { Label } from '../api/types';
import { useLang } from './use-lang';

/** Picks the current language from a definition's `{zh, en}` label (zh when en is missing). */
export function useLabel(): (label: Label | null | undefined, fallback?: string) => string {
  const { lang } = useLang();
  return useCallback(
    (label, fallback = '') => (label ? (lang === 'en' ? (label.en ?? label.zh) : label.zh) : fallback),
    [lang],
  );
}
