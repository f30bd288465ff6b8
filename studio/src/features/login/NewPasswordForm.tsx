import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n';

export interface NewPasswordFormProps {
  /** Ask for the current password too (a change; not an activation). */
  withCurrent: boolean;
  submitLabel: string;
  onSubmit: (password: { current: string; next: string }) => Promise<void>;
}

interface Values {
  current?: string;
  next: string;
  confirm: string;
}

/** A new password twice, with the 口令策略 as help and the server's reasons under the field. */
export function NewPasswordForm({ withCurrent, submitLabel, onSubmit }: NewPasswordFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState<unknown>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});

  const submit = async (values: Values) => {
    setBusy(true);
    setBanner(null);
    setReasons({});
    try {
      await onSubmit({ current: values.current ?? '', next: values.next });
    } catch (err) {
      // the 口令策略's reasons (Chinese, one per unmet rule) under the new password; a wrong current
      // password under that field; anything else as a banner
      const next = err instanceof ApiError ? err.details.filter((d) => d.path === '/newPassword') : [];
      const current = err instanceof ApiError && err.details.some((d) => d.path === '/currentPassword');
      const found: Record<string, string> = {};
      if (next.length) found.next = next.map((d) => d.reason).join('；');
      if (current) found.current = t('password.currentWrong');
      setReasons(found);
      setBanner(Object.keys(found).length === 0 ? err : null);
    } finally {
      setBusy(false);
    }
  };
  /** A required password field with the server's reason (if any) as its help. */
  const passwordItem = (name: 'current' | 'next', label: string, autoComplete: string, testId: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('form.rule.required') }]}
      {...(reasons[name] ? { validateStatus: 'error' as const, help: reasons[name] } : {})}
    >
      <Input.Password autoComplete={autoComplete} data-testid={testId} />
    </Form.Item>
  );

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="password-form">
      <Alert type="info" showIcon message={t('password.rule')} style={{ marginBottom: 16 }} />
      <ErrorBanner error={banner} />
      {withCurrent && passwordItem('current', t('password.current'), 'current-password', 'password-current')}
      {passwordItem('next', t('password.new'), 'new-password', 'password-new')}
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['next']}
        rules={[
          { required: true, message: t('form.rule.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('next')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block disabled={busy} data-testid="password-submit">
        {submitLabel}
      </Button>
    </Form>
  );
}
