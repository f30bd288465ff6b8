import { lazy, Suspense } from 'react';
import { AntdProvider } from '../components/AntdProvider';
import { LanguageProvider, useT } from '../i18n';
import { useHashRoute } from '../routing';
import { isAdmin, SessionProvider, useSession } from '../session';
import { Router } from './Router';
import { TopNav } from './TopNav';

// Admins only: the provisional-year banner loads with its own chunk, never for the inbox.
const CalendarBanner = lazy(() => import('../features/calendar/CalendarBanner'));

function Shell() {
  const t = useT();
  const route = useHashRoute();
  const { user, passwordChangeRequired } = useSession();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t('nav.skip')}
      </a>
      <TopNav current={route[0]} />
      {isAdmin(user) && !passwordChangeRequired && (
        <Suspense fallback={null}>
          <CalendarBanner key={user?.id} current={route[0]} />
        </Suspense>
      )}
      <Router route={route} />
    </>
  );
}

/** The studio: language, antd theme and session around the shell (top nav + routed page). */
export function App() {
  return (
    <LanguageProvider>
      <AntdProvider>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </AntdProvider>
    </LanguageProvider>
  );
}
