import type { Case, Definition } from '../../api/types';
import { definitionLabels } from '../../components/case-view';
import { awaitingRating } from '../../components/rating';
import { ProvisionalTag } from '../../components/ProvisionalTag';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat, useLabel, useT } from '../../i18n';
import { href } from '../../routing';

export interface RequestTableProps {
  cases: Case[];
  definition: Definition | undefined;
  onRate: (kase: Case) => void;
}

/** Rows of 我的诉求: title, channel, class, status, dates, and 评价 once a request is answered. */
export function RequestTable({ cases, definition, onRate }: RequestTableProps) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const labels = definitionLabels(definition);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="my-requests">
        <thead>
          <tr>
            <th scope="col">{t('case.title')}</th>
            <th scope="col">{t('case.channel')}</th>
            <th scope="col">{t('case.class')}</th>
            <th scope="col">{t('case.status')}</th>
            <th scope="col">{t('case.createdAt')}</th>
            <th scope="col">{t('case.deadline')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-testid="my-request-row" data-case-id={c.id}>
              <td>
                <a href={href('cases', c.id)} data-testid="my-request-open">
                  {c.title}
                </a>
              </td>
              <td>{label(labels.channel(c.channel), c.channel)}</td>
              <td>{label(labels.requestClass(c.requestClass), '—')}</td>
              <td>
                <StatusBadge status={c.status} />
                {awaitingRating(c) && <span className="badge badge-due">{t('mine.awaitingRating')}</span>}
              </td>
              <td>{f.date(c.createdAt)}</td>
              <td>
                {f.date(c.deadlineAt)} {c.status === 'open' && c.deadlineProvisional && <ProvisionalTag />}
              </td>
              <td className="actions">
                {awaitingRating(c) && definition && (
                  <button
                    type="button"
                    className="btn btn-small btn-primary"
                    onClick={() => onRate(c)}
                    data-testid="rate-open"
                  >
                    {t('rating.rate')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
