import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { directoryApi, type StaffInput } from '../../api/directory-client';
import type { StaffMember } from '../../api/directory-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDefinition } from '../../hooks/use-definition';
import { useLabel, useT } from '../../i18n';

/** The roles a staff member may have (a platform administrator is not made here). */
const staffRoles = ['dispatcher', 'handler', 'leader', 'coordinator', 'jurisdiction-admin'] as const;

/**
 * 新建 / 编辑工作人员: name, roles, 工作组 and 所属单位 chosen from pickers that show names. A new
 * person's account waits for activation (账号管理 gives the link or an initial password).
 */
export function StaffEditor({
  jurisdiction,
  member,
  units,
  onClose,
  onSaved,
}: {
  jurisdiction: string;
  /** null: a new staff member; undefined: closed. */
  member: StaffMember | null | undefined;
  units: Map<string, string>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const groups = useDefinition(jurisdiction).data?.mechanism.groups ?? [];
  const [form] = Form.useForm<StaffInput>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: t('form.rule.required') }];
  const save = async (v: StaffInput) => {
    setError(null);
    setBusy(true);
    try {
      await directoryApi.saveStaff(jurisdiction, member?.id ?? null, {
        ...v,
        username: member?.username ?? v.username.trim(),
        displayName: v.displayName.trim(),
        orgUnitId: v.orgUnitId || null,
        skills: v.skills ?? [],
      });
      onSaved();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={member !== undefined}
      title={member ? t('dir.editStaffTitle', { name: member.displayName }) : t('dir.newStaff')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('dir.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="staff-save"
        >
          {t('dir.save')}
        </Button>,
      ]}
      data-testid="staff-editor"
    >
      <ErrorBanner error={error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          username: member?.username ?? '',
          displayName: member?.displayName ?? '',
          roles: member?.roles ?? ['handler'],
          groups: member?.groups ?? [],
          orgUnitId: member?.orgUnitId ?? '',
          skills: member?.skills ?? [],
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="username" label={t('dir.username')} extra={t('dir.usernameHelp')} rules={required}>
          <Input disabled={Boolean(member)} autoComplete="off" data-testid="staff-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('dir.name')} rules={required}>
          <Input maxLength={50} data-testid="staff-name" />
        </Form.Item>
        <Form.Item name="roles" label={t('dir.roles')} rules={required}>
          <Select
            mode="multiple"
            options={staffRoles.map((r) => ({ value: r, label: t.lookup('dir.role', r, r) }))}
            data-testid="staff-roles"
          />
        </Form.Item>
        <Form.Item name="groups" label={t('dir.groups')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={groups.map((g) => ({ value: g.id, label: label(g.label, g.id) }))}
            data-testid="staff-groups"
          />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t('dir.unit')}>
          <Select
            showSearch
            optionFilterProp="label"
            options={[
              { value: '', label: t('dir.noUnit') },
              ...[...units].map(([id, name]) => ({ value: id, label: name })),
            ]}
            data-testid="staff-unit"
          />
        </Form.Item>
        <Form.Item name="skills" label={t('dir.skills')} extra={t('dir.skillsHelp')}>
          <Select mode="tags" open={false} data-testid="staff-skills" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
