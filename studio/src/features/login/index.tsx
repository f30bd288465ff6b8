import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { usePageTitle } from '../../routing';
import { useSession } from '../../session';
import { DemoUsers } from './DemoUsers';
import { LoginForm } from './LoginForm';
import { SsoSignIn } from './SsoSignIn';
import { useSignIn } from './use-sign-in';

/** Login page: username/password form and, in demo mode, one-click demo accounts. */
export default function LoginPage() {
  const t = useT();
  const { expired } = useSession();
  const { signIn, busy, fieldErrors, banner } = useSignIn();
  usePageTitle(t('login.title'));
  return (
    <div className="login-layout">
      <section className="panel login-panel" aria-labelledby="login-title">
        <h1 id="login-title" className="page-title">
          {t('login.title')}
        </h1>
        <p className="muted">{t('login.subtitle')}</p>
        {expired && !banner && (
          <div className="banner banner-info" role="status" data-testid="session-expired">
            {t('login.expired')}
          </div>
        )}
        <ErrorBanner error={banner} />
        <LoginForm busy={busy} fieldErrors={fieldErrors} onSubmit={(u, p) => void signIn(u, p)} />
        <SsoSignIn />
      </section>
      <DemoUsers busy={busy} onPick={(u) => void signIn(u.username, u.password)} />
    </div>
  );
}
