import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { DemoUsers } from './DemoUsers';
import { LoginForm } from './LoginForm';
import { SignInFrame } from './SignInFrame';
import { SsoSignIn } from './SsoSignIn';
import { useSignIn } from './use-sign-in';

/** Login page: username/password form and, in demo mode, one-click demo accounts. */
export default function LoginPage() {
  const t = useT();
  const { expired } = useSession();
  const { signIn, busy, fieldErrors, banner } = useSignIn();
  return (
    <SignInFrame
      id="login"
      title={t('login.title')}
      aside={<DemoUsers busy={busy} onPick={(u) => void signIn(u.username, u.password)} />}
    >
      <p className="muted">{t('login.subtitle')}</p>
      {expired && !banner && (
        <div className="banner banner-info" role="status" data-testid="session-expired">
          {t('login.expired')}
        </div>
      )}
      <ErrorBanner error={banner} />
      <LoginForm busy={busy} fieldErrors={fieldErrors} onSubmit={(u, p) => void signIn(u, p)} />
      <SsoSignIn />
    </SignInFrame>
  );
}
