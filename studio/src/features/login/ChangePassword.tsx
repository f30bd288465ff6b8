import { api } from '../../api/client';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { NewPasswordForm } from './NewPasswordForm';
import { SignInFrame } from './SignInFrame';

/** 修改密码, required after an initial or expired password: nothing else opens until it is done. */
export function ChangePassword() {
  const t = useT();
  const session = useSession();
  return (
    <SignInFrame id="password" title={t('password.title')} testId="password-page">
      {session.passwordChangeRequired && <p className="muted">{t('password.required')}</p>}
      <NewPasswordForm
        withCurrent
        submitLabel={t('password.submit')}
        onSubmit={async ({ current, next }) => {
          await api.changePassword(current, next);
          session.passwordChanged();
        }}
      />
    </SignInFrame>
  );
}
