import { Button, Input } from 'antd';
import { useEffect, useState, type FormEvent } from 'react';
import { messageApi } from '../../api/message-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';

/** 接收提醒: where copies of my messages go — an e-mail address and a mobile number (SMS). */
export function ContactForm() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [mobile, setMobile] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    messageApi.contact().then(
      (c) => (setEmail(c.email ?? ''), setMobile(c.mobile ?? '')),
      () => undefined,
    );
  }, []);
  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setError(null);
    messageApi
      .setContact({ email: email.trim() || null, mobile: mobile.trim() || null })
      .then(() => setSaved(true), setError);
  };
  return (
    <form className="panel message-contact" onSubmit={save} data-testid="message-contact">
      <h2 className="form-title">{t('msg.contact.title')}</h2>
      <p className="field-help">{t('msg.contact.help')}</p>
      <ErrorBanner error={error} />
      {(
        [
          ['email', email, setEmail, { type: 'email' }],
          ['mobile', mobile, setMobile, { inputMode: 'tel' }],
        ] as const
      ).map(([name, value, set, kind]) => (
        <Field key={name} id={`message-contact-${name}`} label={t(`msg.contact.${name}`)}>
          <Input
            id={`message-contact-${name}`}
            {...kind}
            value={value}
            onChange={(e) => set(e.target.value)}
          />
        </Field>
      ))}
      <div className="form-actions">
        <Button htmlType="submit" type="primary">
          {t('msg.contact.save')}
        </Button>
        {saved && (
          <span role="status" className="field-help">
            {t('msg.contact.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
