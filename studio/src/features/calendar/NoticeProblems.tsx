import { useT } from '../../i18n';
import { Alert } from 'antd';
import type { CalendarWarning } from '../../api/calendar-types';
import { locate } from './notice-lines';

export interface NoticeProblemsProps {
  type: 'error' | 'warning';
  problems: CalendarWarning[];
  lines: string[];
}

/** A refused notice's errors (or a preview's warnings), each at its line with the line's text. */
export function NoticeProblems({ type, problems, lines }: NoticeProblemsProps) {
  const t = useT();
  if (problems.length === 0) return null;
  const title = t(type === 'error' ? 'calendar.problems' : 'calendar.warnings', { n: problems.length });
  return (
    <Alert
      type={type}
      showIcon
      role={type === 'error' ? 'alert' : 'status'}
      data-testid={type === 'error' ? 'cal-notice-errors' : 'cal-notice-warnings'}
      message={title}
      description={
        <ul className="cal-problems">
          {locate(problems, lines).map((p, i) => (
            <li key={i} data-testid="cal-problem" data-line={p.line ?? ''}>
              {p.line !== null && <strong>{t('calendar.atLine', { line: p.line })}：</strong>}
              {p.event !== null && <strong>{t('calendar.atEvent', { n: p.event })}：</strong>}
              {p.reason}
              {p.text && <q className="cal-problem-line">{p.text}</q>}
            </li>
          ))}
        </ul>
      }
    />
  );
}
