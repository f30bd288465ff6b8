import { Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { policyApi, type PolicyNotice } from '../../api/policy-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { Panel } from '../../components/Panel';
import { SelectFilter } from '../../components/SelectFilter';

const ways = ['visit', 'phone', 'online', 'briefing'] as const;

/** 送政策: the 政策告知书 a paired officer still has to deliver, and recording each delivery. */
export function PolicyDeliveries({ jurisdiction, me }: { jurisdiction: string; me: string }) {
  const t = useT();
  const data = useAsync(() => policyApi.notices(jurisdiction, { officerId: me }), [jurisdiction, me]);
  const open = (data.data?.items ?? []).filter((n) => n.deliveredAt === null);
  if (open.length === 0) return null;
  return (
    <Panel id="deliveries-title" title={t('push.toDeliver')} testId="policy-deliveries">
      <ErrorBanner error={data.error} onRetry={data.reload} />
      <ul className="policy-list">
        {open.map((n) => (
          <DeliveryForm key={n.id} jurisdiction={jurisdiction} notice={n} onDone={data.reload} />
        ))}
      </ul>
    </Panel>
  );
}

function DeliveryForm(props: { jurisdiction: string; notice: PolicyNotice; onDone: () => void }) {
  const t = useT();
  const { notice } = props;
  const [way, setWay] = useState<string>('visit');
  const [ackBy, setAckBy] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    policyApi
      .deliver(props.jurisdiction, notice.id, { way, acknowledgedBy: ackBy.trim() })
      .then(props.onDone, setError);
  };
  return (
    <li data-testid="delivery">
      <strong>{notice.policyTitle ?? notice.policyId}</strong> →{' '}
      {notice.enterpriseName ?? notice.enterpriseId}
      <form className="filters" onSubmit={submit}>
        <SelectFilter
          label={t('push.way')}
          value={way}
          onChange={setWay}
          choices={ways.map((w) => ({ value: w, label: t(`push.way.${w}`) }))}
          testId="delivery-way"
        />
        <label className="filter">
          <span>{t('push.ackBy')}</span>
          <input
            value={ackBy}
            required
            maxLength={50}
            onChange={(e) => setAckBy(e.target.value)}
            data-testid="delivery-ack"
          />
        </label>
        <Button htmlType="submit" type="primary" disabled={!ackBy.trim()} data-testid="delivery-save">
          {t('push.deliver')}
        </Button>
      </form>
      <ErrorBanner error={error} />
    </li>
  );
}
