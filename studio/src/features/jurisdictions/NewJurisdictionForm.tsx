import { Alert, Button, DatePicker, Form, Input, Result, Select, Space } from 'antd';
import { useState } from 'react';
import { jurisdictionApi } from '../../api/jurisdiction-client';
import type { NewJurisdiction, PublishResult } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FilePicker } from '../../components/FilePicker';
import { Panel } from '../../components/Panel';
import { useAsync } from '../../hooks/use-async';
import { useLabel, useT } from '../../i18n';
import { navigate } from '../../routing';
import { useSession } from '../../session';

interface Values {
  template: string;
  id: string;
  nameZh: string;
  nameEn: string;
  policyTitle: string;
  policyDate: { format: (f: string) => string };
  policyText?: string;
}

/** 新建辖区: a template, an id, names and the policy document; published as version 1 or not at all. */
export function NewJurisdictionForm() {
  const t = useT();
  const label = useLabel();
  const { setJurisdiction } = useSession();
  const list = useAsync(() => jurisdictionApi.list(), []);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ result: PublishResult; name: string } | null>(null);
  const required = [{ required: true, message: t('form.rule.required') }];

  const submit = async (v: Values) => {
    const body: NewJurisdiction = {
      id: v.id.trim(),
      template: v.template,
      name: { zh: v.nameZh.trim(), en: v.nameEn.trim() },
      policy: {
        title: v.policyTitle.trim(),
        issuedOn: v.policyDate.format('YYYY-MM-DD'),
        ...(v.policyText?.trim() ? { text: v.policyText } : {}),
      },
    };
    setError(null);
    setBusy(true);
    try {
      setDone({ result: await jurisdictionApi.create(body), name: body.name.zh });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const go = (page: string) => {
    if (!done) return;
    setJurisdiction(done.result.jurisdiction);
    navigate([page]);
  };

  if (done)
    return (
      <Result
        status="success"
        title={t('jur.published', { name: done.name, version: done.result.version })}
        subTitle={t('jur.publishedHelp')}
        extra={
          <Space wrap>
            <Button type="primary" onClick={() => go('admin')} data-testid="jur-open-admin">
              {t('jur.open')}
            </Button>
            <Button onClick={() => go('directory')} data-testid="jur-open-directory">
              {t('nav.directory')}
            </Button>
          </Space>
        }
        data-testid="jur-published"
      />
    );
  return (
    <Panel id="jur-new-title" title={t('jur.formTitle')} testId="jur-new-form">
      <ErrorBanner error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={busy}>
        <Form.Item name="template" label={t('jur.template')} extra={t('jur.templateHelp')} rules={required}>
          <Select
            options={(list.data ?? []).map((j) => ({ value: j.id, label: label(j.name, j.id) }))}
            loading={list.loading}
            data-testid="jur-template"
          />
        </Form.Item>
        <Form.Item name="id" label={t('jur.id')} extra={t('jur.idHelp')} rules={required}>
          <Input maxLength={40} autoComplete="off" data-testid="jur-id" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('jur.nameZh')} rules={required}>
          <Input maxLength={60} data-testid="jur-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('jur.nameEn')} rules={required}>
          <Input maxLength={120} data-testid="jur-name-en" />
        </Form.Item>
        <Form.Item name="policyTitle" label={t('jur.policyTitle')} rules={required}>
          <Input maxLength={200} data-testid="jur-policy-title" />
        </Form.Item>
        <Form.Item name="policyDate" label={t('jur.policyDate')} rules={required}>
          <DatePicker data-testid="jur-policy-date" />
        </Form.Item>
        <Form.Item name="policyText" label={t('jur.policyText')} extra={t('jur.policyTextHelp')}>
          <Input.TextArea rows={5} data-testid="jur-policy-text" />
        </Form.Item>
        <Form.Item>
          <FilePicker
            id="jur-policy-file"
            accept=".txt,text/plain"
            onPick={(file) => void file?.text().then((text) => form.setFieldValue('policyText', text))}
          />
        </Form.Item>
        {busy && <Alert type="info" showIcon message={t('jur.creating')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="jur-create">
          {t('jur.create')}
        </Button>
      </Form>
    </Panel>
  );
}
