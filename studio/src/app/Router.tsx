import { Suspense, useEffect, useRef, type ComponentType } from 'react';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { useT } from '../i18n';
import { href, navigate, type PageProps } from '../routing';
import { useSession } from '../session';
import { landingRoute } from './landing-route';
import { isPageName, nationalPages, pages, publicPages } from './pages';

/** Picks the page for the hash route: login when signed out, the role's landing page for `#/`. */
export function Router({ route }: { route: string[] }) {
  const t = useT();
  const { status, user, jurisdiction, passwordChangeRequired } = useSession();
  const main = useRef<HTMLElement>(null);
  const [name, ...params] = route;
  const signedIn = status === 'signed-in';
  const needsRedirect = signedIn && (!name || name === 'login');

  useEffect(() => {
    if (needsRedirect) navigate([landingRoute(user)], true);
  }, [needsRedirect, user]);
  // A new page takes keyboard focus (so screen readers start there); moving within a page (tabs,
  // month buttons) keeps it where it is.
  const lastPage = useRef<string | undefined>(undefined);
  useEffect(() => {
    const within = main.current?.contains(document.activeElement) ?? false;
    if (lastPage.current !== name || !within) main.current?.focus({ preventScroll: true });
    lastPage.current = name;
  }, [route.join('/')]);

  let content;
  if (isPageName(name) && publicPages.includes(name)) {
    const Page: ComponentType<PageProps> = pages[name];
    content = <Page params={params} />;
  } else if (status === 'loading' || needsRedirect) content = <Loading />;
  else if (!signedIn) content = <pages.login />;
  // an initial or expired password: the password page only, until it is changed
  else if (passwordChangeRequired) content = <pages.password />;
  else if (!jurisdiction && !(isPageName(name) && nationalPages.includes(name)))
    content = <EmptyState title={t('nav.pickJurisdictionFirst')} testId="no-jurisdiction" />;
  else if (isPageName(name)) {
    const Page: ComponentType<PageProps> = pages[name];
    content = <Page params={params} />;
  } else {
    content = (
      <EmptyState title={t('common.notFound')} testId="not-found">
        <a href={href()}>{t('common.home')}</a>
      </EmptyState>
    );
  }
  return (
    <main id="main" ref={main} tabIndex={-1} className="main">
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </main>
  );
}
