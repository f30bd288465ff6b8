import { Button } from 'antd';
import { useState } from 'react';
import type { StaffMember } from '../../api/directory-types';
import { policyApi, type PolicyNotice, type PushResult } from '../../api/policy-client';
import { column, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAsync } from '../../hooks/use-async';
import { useDefinition } from '../../hooks/use-definition';
import { useFormat, useT } from '../../i18n';
import { Panel } from '../../components/Panel';
import { SelectFilter } from '../../components/SelectFilter';

/** 送达方式 (as the server's deliveryWays). */
const ways = ['visit', 'phone', 'online', 'briefing'] as const;

/** 送政策: push a catalogue policy to the enterprises that qualify; see each 政策告知书's delivery and receipt. */
export function PolicyPushPanel({ jurisdiction, staff }: { jurisdiction: string; staff: StaffMember[] }) {
  const t = useT();
  const fmt = useFormat();
  const definition = useDefinition(jurisdiction);
  const services = definition.data?.mechanism.services;
  const policies = services?.policyMatching?.policies ?? [];
  const [policyId, setPolicyId] = useState('');
  const [result, setResult] = useState<PushResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const notices = useAsync(
    () => (policyId ? policyApi.notices(jurisdiction, { policyId }) : Promise.resolve(null)),
    [jurisdiction, policyId],
  );
  const staffName = new Map(staff.map((s) => [s.id, s.displayName]));
  const push = () => {
    setError(null);
    policyApi.push(jurisdiction, policyId).then((r) => {
      setResult(r);
      notices.reload();
    }, setError);
  };
  const wayLabel = (way: string | null) =>
    way && (ways as readonly string[]).includes(way)
      ? t(`push.way.${way as (typeof ways)[number]}`)
      : (way ?? '');
  const delivery = (n: PolicyNotice) =>
    n.deliveredAt
      ? `${wayLabel(n.deliveryWay)} ${fmt.date(n.deliveredAt)} · ${t('push.signedBy', { name: n.acknowledgedBy ?? '' })}`
      : t('push.undelivered');
  if (definition.loading && !definition.data) return <Loading />;
  return (
    <Panel id="push-title" title={t('push.title')} testId="dir-policies">
      <ErrorBanner error={definition.error ?? notices.error ?? error} />
      {!services?.policyPush ? (
        <p className="muted">{t('push.unavailable')}</p>
      ) : policies.length === 0 ? (
        <p className="muted">{t('push.noPolicies')}</p>
      ) : (
        <div className="filters">
          <SelectFilter
            label={t('push.policy')}
            value={policyId}
            onChange={(id) => (setPolicyId(id), setResult(null))}
            choices={policies.map((p) => ({ value: p.id, label: p.title }))}
            placeholder={t('form.choose')}
            testId="push-policy"
          />
          <Button type="primary" disabled={!policyId} onClick={push} data-testid="push-send">
            {t('push.send')}
          </Button>
        </div>
      )}
      {result && (
        <p role="status" data-testid="push-result">
          {t('push.result', {
            matched: result.matched,
            created: result.created,
            unpaired: result.unpaired.length,
          })}
        </p>
      )}
      {policyId && notices.data?.items.length === 0 && <p className="muted">{t('push.none')}</p>}
      {notices.data && notices.data.items.length > 0 && (
        <DataTable<PolicyNotice>
          rows={notices.data.items}
          idOf={(n) => n.id}
          marks={{ table: 'push-table', row: 'push-row', id: 'notice' }}
          columns={[
            column('enterprise', t('dir.enterprise'), (n) => n.enterpriseName ?? n.enterpriseId),
            column(
              'officers',
              t('push.officers'),
              (n) => n.officerIds.map((id) => staffName.get(id) ?? id).join('、') || '—',
            ),
            column('delivery', t('push.delivery'), delivery),
            column('receipt', t('push.receipt'), (n) =>
              n.readAt ? `${t('push.read')} ${fmt.date(n.readAt)}` : t('push.unread'),
            ),
          ]}
        />
      )}
    </Panel>
  );
}
