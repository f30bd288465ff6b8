import { Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n';

export interface LoginFormProps {
  busy: boolean;
  fieldErrors: Record<string, string>;
  onSubmit: (username: string, password: string) => void;
}

/** Username and password, with required checks before sending. */
export function LoginForm({ busy, fieldErrors, onSubmit }: LoginFormProps) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const gaps = { username: !username.trim(), password: !password };
    setMissing(gaps);
    if (gaps.username || gaps.password) return;
    onSubmit(username.trim(), password);
  };
  const error = (name: 'username' | 'password') =>
    missing[name] ? t('form.rule.required') : fieldErrors[name] ? t('login.invalid') : undefined;

  return (
    <form className="stack" noValidate onSubmit={submit} data-testid="login-form">
      {(['username', 'password'] as const).map((name) => (
        <div key={name} className={`field${error(name) ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor={`login-${name}`}>
            {t(`login.${name}`)}
          </label>
          <input
            id={`login-${name}`}
            name={name}
            type={name === 'password' ? 'password' : 'text'}
            autoComplete={name === 'password' ? 'current-password' : 'username'}
            value={name === 'password' ? password : username}
            onChange={(e) => (name === 'password' ? setPassword : setUsername)(e.target.value)}
            required
            aria-invalid={error(name) ? true : undefined}
            aria-describedby={error(name) ? `login-${name}-error` : undefined}
            data-testid={`login-${name}`}
          />
          {error(name) && (
            <p className="field-error" id={`login-${name}-error`}>
              {error(name)}
            </p>
          )}
        </div>
      ))}
      <Button htmlType="submit" type="primary" block disabled={busy} data-testid="login-submit">
        {busy ? t('login.signingIn') : t('login.submit')}
      </Button>
    </form>
  );
}
