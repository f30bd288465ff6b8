import { useEffect } from 'react';
import { useT } from '../i18n';

/** Sets document.title to "<page> · <app name>". */
export function usePageTitle(title: string): void {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
