import { api } from '../../api/client';
import { useT } from '../../i18n';
import { usePageTitle } from '../../routing';
import { useSession } from '../../session';
import { NewPasswordForm } from './NewPasswordForm';

/** 修改密码, required after an initial or expired password: nothing else opens until it is done. */
export function ChangePassword() {
  const t = useT();
  const session = useSession();
  usePageTitle(t('password.title'));
  return (
    <div className="login-layout">
      <section className="panel login-panel" aria-labelledby="password-title" data-testid="password-page">
        <h1 id="password-title" className="page-title">
          {t('password.title')}
        </h1>
        {session.passwordChangeRequired && <p className="muted">{t('password.required')}</p>}
        <NewPasswordForm
          withCurrent
          submitLabel={t('password.submit')}
          onSubmit={async ({ current, next }) => {
            await api.changePassword(current, next);
            session.passwordChanged();
          }}
        />
      </section>
    </div>
  );
}
