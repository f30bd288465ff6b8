import { Alert } from 'antd';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import { navigate } from '../../routing';
import { useSession } from '../../session';
import { NewPasswordForm } from './NewPasswordForm';
import { SignInFrame } from './SignInFrame';

/** 激活账号 (`#/activate/<token>`): whom the link is for, then the first password, then signed in. */
export function Activate({ token }: { token: string }) {
  const t = useT();
  const format = useFormat();
  const session = useSession();
  const info = useAsync(() => api.activationInfo(token), [token]);
  return (
    <SignInFrame id="activate" title={t('activate.title')} testId="activate-page">
      {info.loading && <Loading />}
      <ErrorBanner error={info.error} />
      {info.data && (
        <>
          <Alert
            type="info"
            message={
              <ActivationFor
                name={info.data.displayName}
                username={info.data.username}
                until={format.dateTime(info.data.expiresAt)}
              />
            }
            style={{ marginBottom: 16 }}
          />
          <NewPasswordForm
            withCurrent={false}
            submitLabel={t('activate.submit')}
            onSubmit={async ({ next }) => {
              session.signIn(await api.activate(token, next));
              navigate([], true);
            }}
          />
        </>
      )}
    </SignInFrame>
  );
}

/** Whose account this is; the login name is the person's own (data-verbatim: not product text). */
function ActivationFor({ name, username, until }: { name: string; username: string; until: string }) {
  const t = useT();
  const [before, after] = t('activate.for', { name, username: '\u0001', until }).split('\u0001');
  return (
    <>
      {before}
      <span data-verbatim>{username}</span>
      {after}
    </>
  );
}
