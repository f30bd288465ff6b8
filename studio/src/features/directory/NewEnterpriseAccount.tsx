import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { accountApi } from '../../api/account-client';
import { directoryApi } from '../../api/directory-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';

interface Values {
  enterpriseId: string;
  username: string;
  displayName: string;
}

/** 新建企业账号: an account for an enterprise of the directory, waiting for its activation link. */
export function NewEnterpriseAccount({
  jurisdiction,
  onCreated,
}: {
  jurisdiction: string;
  onCreated: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
  const enterprises = useAsync(
    () => (open ? directoryApi.enterprises(jurisdiction, { q, limit: 20 }) : Promise.resolve(null)),
    [open, q, jurisdiction],
  );
  const submit = async (values: Values) => {
    setError(null);
    try {
      await accountApi.createEnterprise(jurisdiction, values);
      setOpen(false);
      form.resetFields();
      onCreated();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="accounts-new-enterprise">
        {t('accounts.newEnterprise')}
      </Button>
      <Modal
        open={open}
        title={t('accounts.newEnterprise')}
        okText={t('accounts.create')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ErrorBanner error={error} />
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="enterpriseId"
            label={t('accounts.enterprise')}
            rules={[{ required: true, message: t('form.rule.required') }]}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              loading={enterprises.loading}
              options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
              data-testid="account-enterprise"
            />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('accounts.name')}
            rules={[{ required: true, message: t('form.rule.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('accounts.username')}
            rules={[
              { required: true, message: t('form.rule.required') },
              { pattern: /^[A-Za-z0-9._@-]{3,64}$/, message: t('accounts.usernameRule') },
            ]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
