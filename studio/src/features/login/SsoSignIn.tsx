import { Alert, Button, Divider } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';

/** The reason the server gave when it sent the browser back from the identity provider, once. */
function takeSsoError(): string | null {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('sso_error');
  if (code === null) return null;
  params.delete('sso_error');
  const rest = params.toString();
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`,
  );
  return code;
}

/** 统一身份认证登录: the provider's button (when the installation offers it) and why a sign-in failed. */
export function SsoSignIn() {
  const t = useT();
  const info = useAsync(() => api.ssoInfo(), []);
  const [failure] = useState(takeSsoError);
  const [going, setGoing] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const go = async () => {
    setGoing(true);
    setError(null);
    try {
      window.location.assign((await api.ssoStart()).authorizationUrl);
    } catch (err) {
      setError(err);
      setGoing(false);
    }
  };

  return (
    <>
      {failure && (
        <Alert
          type="error"
          showIcon
          data-testid="sso-error"
          message={t.lookup('login.sso.error', failure, t('login.sso.error.callback'))}
        />
      )}
      {info.data?.enabled && (
        <>
          <Divider plain>{t('login.or')}</Divider>
          <ErrorBanner error={error} />
          <Button block size="large" onClick={() => void go()} disabled={going} data-testid="sso-login">
            {going ? t('login.sso.going') : (info.data.label ?? '')}
          </Button>
        </>
      )}
    </>
  );
}
