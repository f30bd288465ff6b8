import type { StaffMember } from '../../api/directory-types';
import { useT } from '../../i18n';
import { Panel } from '../../components/Panel';

/** 工作人员: who they are, their roles, groups and skills. */
export function StaffTable({ staff, units }: { staff: StaffMember[]; units: Map<string, string> }) {
  const t = useT();
  return (
    <Panel id="staff-title" title={t('dir.staff')} testId="dir-staff">
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('dir.name')}</th>
              <th scope="col">{t('dir.username')}</th>
              <th scope="col">{t('dir.roles')}</th>
              <th scope="col">{t('dir.groups')}</th>
              <th scope="col">{t('dir.unit')}</th>
              <th scope="col">{t('dir.skills')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id} data-testid="staff-row">
                <td>{s.displayName}</td>
                <td>{s.username}</td>
                <td>{s.roles.map((r) => t.lookup('dir.role', r, r)).join('、')}</td>
                <td>{s.groups.join('、') || '—'}</td>
                <td>{(s.orgUnitId && units.get(s.orgUnitId)) || '—'}</td>
                <td>{s.skills.join('、') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
