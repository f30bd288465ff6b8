import { LanguageProvider, useT } from '../i18n';
import { useHashRoute } from '../routing';
import { SessionProvider } from '../session';
import { Router } from './Router';
import { TopNav } from './TopNav';

function Shell() {
  const t = useT();
  const route = useHashRoute();
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
      <Router route={route} />
    </>
  );
}

/** The studio: language and session around the shell (top nav + routed page). */
export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </LanguageProvider>
  );
}
