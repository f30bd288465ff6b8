import type { ReactNode } from 'react';
import type { Case, Definition } from '../../api/types';
import { useFormat, useLabel, useT } from '../../i18n';
import { CaseNumber } from '../CaseNumber';
import { CountdownBadge } from '../CountdownBadge';
import { StatusBadge } from '../StatusBadge';
import { definitionLabels } from './definition-labels';
import { Panel } from '../Panel';

export interface CaseSummaryProps {
  kase: Case;
  definition: Definition | undefined;
  workingDaysLeft: number | null;
}

/** The facts of a case at a glance: status, channel, class, tier, deadline and countdown. */
export function CaseSummary({ kase, definition, workingDaysLeft }: CaseSummaryProps) {
  const t = useT();
  const label = useLabel();
  const f = useFormat();
  const labels = definitionLabels(definition);
  const cls = labels.requestClass(kase.requestClass);
  // a class without a time limit: the policy's words instead of a deadline and a countdown
  const noLimit = definition?.mechanism.requestClasses.find(
    (c) => c.id === kase.requestClass && c.workingDays === null,
  );
  const rows: [string, ReactNode][] = [
    [t('ledger.caseNumber'), <CaseNumber value={kase.caseNumber} />],
    [t('case.status'), <StatusBadge status={kase.status} />],
    [t('case.channel'), label(labels.channel(kase.channel), kase.channel)],
    [t('case.class'), cls ? label(cls) : t('case.unclassified')],
    [t('case.tier'), label(labels.tier(kase.tier), kase.tier ?? '—')],
    [t('case.createdAt'), f.dateTime(kase.createdAt)],
    [
      t('case.deadline'),
      kase.deadlineAt ? (
        <>
          {f.deadline(kase.deadlineAt)}
          {kase.deadlineWorkingDays !== null &&
            ` (${t('case.workingDays', { n: kase.deadlineWorkingDays })})`}{' '}
          {kase.status === 'open' && (
            <CountdownBadge
              workingDaysLeft={workingDaysLeft}
              dueAt={kase.deadlineAt}
              provisional={kase.deadlineProvisional}
              testId="case-countdown"
            />
          )}
        </>
      ) : noLimit ? (
        t('case.noLimit', { wording: noLimit.limitWording ?? '—' })
      ) : (
        '—'
      ),
    ],
  ];
  if (kase.closedAt) rows.push([t('case.closedAt'), f.dateTime(kase.closedAt)]);
  if (kase.outcome) rows.push([t('case.outcome'), t.lookup('outcome', kase.outcome, kase.outcome)]);
  return (
    <Panel id="case-summary-title" title={kase.title} testId="case-summary">
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
