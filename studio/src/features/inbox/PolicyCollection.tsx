import { Button, Checkbox, Input, Tag } from 'antd';
import { useState, type FormEvent } from 'react';
import { policyApi, type CollectionYear } from '../../api/policy-client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useAsync } from '../../hooks/use-async';
import { useFormat, useT } from '../../i18n';

type Month = CollectionYear['months'][number];
const statusColor = { done: 'success', open: 'processing', missed: 'error' } as const;

/** 每月收集整理企业服务政策: this month's collection to record, and the earlier months' status. */
export function PolicyCollection(props: {
  jurisdiction: string;
  catalogue: { id: string; title: string }[];
}) {
  const t = useT();
  const data = useAsync(() => policyApi.collections(props.jurisdiction), [props.jurisdiction]);
  const year = data.data;
  const [current, ...earlier] = year?.months ?? [];
  const source = year?.source as { kind?: string; clause?: string; quote?: string } | undefined;
  return (
    <Panel id="collection-title" title={t('collect.title')} testId="policy-collection">
      <ErrorBanner error={data.error} onRetry={data.reload} />
      {source?.kind === 'policy' && (
        <p className="muted">
          {t('collect.clause', { clause: source.clause ?? '', quote: source.quote ?? '' })}
        </p>
      )}
      {current && <MonthLine month={current} />}
      {current?.status === 'open' && (
        <CollectForm
          jurisdiction={props.jurisdiction}
          month={current.month}
          catalogue={props.catalogue}
          onDone={data.reload}
        />
      )}
      {earlier.length > 0 && (
        <>
          <h3>{t('collect.history')}</h3>
          <ul className="policy-list">
            {earlier.map((m) => (
              <li key={m.month}>
                <MonthLine month={m} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

function MonthLine({ month }: { month: Month }) {
  const t = useT();
  const fmt = useFormat();
  const { record } = month;
  return (
    <p data-testid={`collection-${month.month}`}>
      <Tag color={statusColor[month.status]}>{t(`collect.status.${month.status}`)}</Tag>{' '}
      {record ? month.month : t('collect.due', { month: month.month, due: month.dueOn })}
      {record && (
        <span className="muted">
          {' '}
          {t('collect.recorded', {
            name: record.recordedByName ?? '—',
            at: fmt.date(record.recordedAt),
            titles: record.policyTitles.join('、') || t('collect.none'),
          })}
        </span>
      )}
    </p>
  );
}

function CollectForm(props: {
  jurisdiction: string;
  month: string;
  catalogue: { id: string; title: string }[];
  onDone: () => void;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    policyApi
      .collect(props.jurisdiction, props.month, { policyIds: chosen, note: note.trim() })
      .then(props.onDone, setError);
  };
  return (
    <form className="collect-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('collect.policies')}</legend>
        {props.catalogue.length === 0 ? (
          <p className="muted">{t('collect.noPolicies')}</p>
        ) : (
          <Checkbox.Group
            value={chosen}
            onChange={(v) => setChosen(v)}
            options={props.catalogue.map((p) => ({ value: p.id, label: p.title }))}
            data-testid="collection-policies"
          />
        )}
      </fieldset>
      <label className="filter">
        <span>{t('collect.note')}</span>
        <Input.TextArea
          value={note}
          maxLength={500}
          autoSize
          onChange={(e) => setNote(e.target.value)}
          data-testid="collection-note"
        />
      </label>
      <Button htmlType="submit" type="primary" data-testid="collection-save">
        {t('collect.save')}
      </Button>
      <ErrorBanner error={error} />
    </form>
  );
}
