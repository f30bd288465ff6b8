import { Button, Space } from 'antd';
import { useState } from 'react';
import type { StaffMember } from '../../api/directory-types';
import { EnterpriseImport } from './EnterpriseImport';
import { StaffEditor } from './StaffEditor';
import { column, DataTable } from '../../components/DataTable';
import { useDefinition } from '../../hooks/use-definition';
import { useLabel, useT } from '../../i18n';
import { useSession } from '../../session';
import { Panel } from '../../components/Panel';

/** 工作人员: who they are, their roles, groups and skills; new, edit and the staff sheet import. */
export function StaffTable({
  staff,
  units,
  onChanged,
}: {
  staff: StaffMember[];
  units: Map<string, string>;
  onChanged: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const { jurisdiction } = useSession();
  const [editing, setEditing] = useState<StaffMember | null | undefined>(undefined);
  const groups = useDefinition(jurisdiction).data?.mechanism.groups ?? [];
  const groupName = (id: string) => label(groups.find((g) => g.id === id)?.label, id);
  // a long list wraps in its cell instead of widening the table
  const list = (items: string[]) => <span className="cell-wrap">{items.join('、') || '—'}</span>;
  return (
    <Panel id="staff-title" title={t('dir.staff')} testId="dir-staff">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing(null)} data-testid="staff-new">
          {t('dir.newStaff')}
        </Button>
      </Space>
      <EnterpriseImport jurisdiction={jurisdiction ?? ''} onImported={onChanged} sheet="staff" />
      <StaffEditor
        jurisdiction={jurisdiction ?? ''}
        member={editing}
        units={units}
        onClose={() => setEditing(undefined)}
        onSaved={onChanged}
      />
      <DataTable<StaffMember>
        rows={staff}
        idOf={(s) => s.id}
        marks={{ table: 'staff-table', row: 'staff-row', id: 'staff' }}
        columns={[
          column('name', t('dir.name'), (s) => s.displayName),
          column('username', t('dir.username'), (s) => s.username),
          column('roles', t('dir.roles'), (s) => list(s.roles.map((r) => t.lookup('dir.role', r, r)))),
          column('groups', t('dir.groups'), (s) => list(s.groups.map(groupName))),
          column('unit', t('dir.unit'), (s) => (s.orgUnitId && units.get(s.orgUnitId)) || '—'),
          column('skills', t('dir.skills'), (s) => list(s.skills)),
          column('edit', '', (s) => (
            <Button size="small" onClick={() => setEditing(s)} data-testid="staff-edit">
              {t('dir.editStaff')}
            </Button>
          )),
        ]}
      />
    </Panel>
  );
}
