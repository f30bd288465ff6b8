import { Alert } from 'antd';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';
import { navigate, usePageTitle } from '../../routing';
import { useSession } from '../../session';
import { NewPasswordForm } from './NewPasswordForm';

/** 激活账号 (`#/activate/<token>`): whom the link is for, then the first password, then signed in. */
export function Activate({ token }: { token: string }) {
  const t = useT();
  const format = useFormat();
  const session = useSession();
  const info = useAsync(() => api.activationInfo(token), [token]);
  usePageTitle(t('activate.title'));
  return (
    <div className="login-layout">
      <section className="panel login-panel" aria-labelledby="activate-title" data-testid="activate-page">
        <h1 id="activate-title" className="page-title">
          {t('activate.title')}
        </h1>
        {info.loading && <Loading />}
        <ErrorBanner error={info.error} />
        {info.data && (
          <>
            <Alert
              type="info"
              message={t('activate.for', {
                name: info.data.displayName,
                username: info.data.username,
                until: format.dateTime(info.data.expiresAt),
              })}
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
      </section>
    </div>
  );
}
