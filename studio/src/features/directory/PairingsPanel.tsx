import { Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { directoryApi } from '../../api/directory-client';
import type { Pairing, StaffMember } from '../../api/directory-types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { Panel } from '../../components/Panel';
import { SelectFilter } from '../../components/SelectFilter';

/** 结对: which officer serves which enterprise (一对一 服务); pair and unpair. */
export function PairingsPanel({ jurisdiction, staff }: { jurisdiction: string; staff: StaffMember[] }) {
  const t = useT();
  const data = useAsync(async () => {
    const [pairings, enterprises] = await Promise.all([
      directoryApi.pairings(jurisdiction),
      directoryApi.enterprises(jurisdiction, { limit: 200 }),
    ]);
    return { pairings, enterprises: enterprises.items };
  }, [jurisdiction]);
  const [staffId, setStaffId] = useState('');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const officers = staff.filter((s) => s.roles.some((r) => r !== 'jurisdiction-admin' && r !== 'enterprise'));
  const staffName = new Map(staff.map((s) => [s.id, s.displayName]));
  const entName = new Map((data.data?.enterprises ?? []).map((e) => [e.id, e.name]));
  const run = (call: Promise<unknown>) => call.then(data.reload, setError);
  const pair = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    void run(directoryApi.pair(jurisdiction, { staffId, enterpriseId }));
  };
  const unpair = ({ staffId, enterpriseId }: Pairing) =>
    void run(directoryApi.unpair(jurisdiction, { staffId, enterpriseId }));
  return (
    <Panel id="pair-title" title={t('dir.pairings')} testId="dir-pairings">
      <form className="filters" onSubmit={pair} data-testid="pair-form">
        <SelectFilter
          label={t('dir.officer')}
          value={staffId}
          onChange={setStaffId}
          choices={officers.map((s) => ({ value: s.id, label: s.displayName }))}
          placeholder={t('form.choose')}
          required
          testId="pair-staff"
        />
        <SelectFilter
          label={t('dir.enterprise')}
          value={enterpriseId}
          onChange={setEnterpriseId}
          choices={(data.data?.enterprises ?? []).map((e) => ({ value: e.id, label: e.name }))}
          placeholder={t('form.choose')}
          required
          testId="pair-enterprise"
        />
        <Button htmlType="submit" type="primary" disabled={!staffId || !enterpriseId} data-testid="pair-add">
          {t('dir.pair')}
        </Button>
      </form>
      <ErrorBanner error={data.error ?? error} onRetry={data.error ? data.reload : undefined} />
      {data.loading && !data.data ? (
        <Loading />
      ) : data.data?.pairings.length === 0 ? (
        <p className="muted">{t('dir.noPairings')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('dir.officer')}</th>
              <th scope="col">{t('dir.enterprise')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.data?.pairings.map((p) => (
              <tr key={`${p.staffId}/${p.enterpriseId}`} data-testid="pair-row">
                <td>{staffName.get(p.staffId) ?? p.staffId}</td>
                <td>{entName.get(p.enterpriseId) ?? p.enterpriseId}</td>
                <td className="actions">
                  <Button size="small" type="text" onClick={() => unpair(p)}>
                    {t('dir.unpair')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
