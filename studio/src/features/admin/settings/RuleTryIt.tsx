import { useT } from '../../../i18n';
import { Alert, Input, Typography } from 'antd';
import jsonata from 'jsonata';
import { useEffect, useId, useState } from 'react';

const sample = JSON.stringify(
  {
    channel: 'hotline',
    data: {
      applicantType: 'enterprise',
      registeredInZone: true,
      industry: 'industrial',
      matterType: 'policy',
      description: '咨询研发费用加计扣除政策',
    },
  },
  null,
  2,
);

type Outcome = { ok: true; text: string } | { ok: false; text: string };

async function evaluate(rule: string, caseJson: string, invalidJson: string): Promise<Outcome> {
  let input: unknown;
  try {
    input = JSON.parse(caseJson);
  } catch {
    return { ok: false, text: invalidJson };
  }
  try {
    const result: unknown = await jsonata(rule).evaluate(input);
    return { ok: true, text: result === undefined ? 'undefined' : JSON.stringify(result) };
  } catch (e) {
    return { ok: false, text: (e as { message?: string }).message ?? String(e) };
  }
}

/** A live "try it" pane: evaluates a jsonata routing rule on a sample case as it is edited. */
export function RuleTryIt({ name, rule }: { name: string; rule: string }) {
  const t = useT();
  const id = useId();
  const [caseJson, setCaseJson] = useState(sample);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    let current = true;
    void evaluate(rule, caseJson, t('admin.invalidJson')).then((o) => current && setOutcome(o));
    return () => {
      current = false;
    };
  }, [rule, caseJson]);
  return (
    <section className="admin-tryit" aria-labelledby={`${id}-h`} data-testid={`tryit-${name}`}>
      <Typography.Title level={5} id={`${id}-h`}>
        {t('admin.tryIt')}: <code>{name}</code>
      </Typography.Title>
      <label htmlFor={`${id}-case`}>{t('admin.sampleCase')}</label>
      <Input.TextArea
        id={`${id}-case`}
        value={caseJson}
        onChange={(e) => setCaseJson(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        className="admin-code"
        data-testid={`tryit-${name}-case`}
      />
      {outcome && (
        <Alert
          type={outcome.ok ? 'info' : 'error'}
          title={`${outcome.ok ? t('admin.result') : t('admin.ruleError')}: ${outcome.text}`}
          data-testid={`tryit-${name}-result`}
          aria-live="polite"
        />
      )}
    </section>
  );
}
