import './calendar.css';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { href, navigate, usePageTitle, type PageProps } from '../../routing';
import { isAdmin, isPlatformAdmin, useSession } from '../../session';
import { LocalCalendar } from './LocalCalendar';
import { NationalCalendar } from './NationalCalendar';
import { YearPicker, yearRange } from './YearPicker';

/** This year in Beijing; from November on the next one, whose notice is the one to enter. */
function defaultYear(now = new Date()): number {
  const [y, m] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number);
  return m! >= 11 ? y! + 1 : y!;
}

/**
 * 节假日管理: `#/calendar/<year>` — the platform admin enters the national arrangement;
 * `#/calendar/<year>/local` — a jurisdiction's own overrides (the only view of a jurisdiction admin).
 */
export default function CalendarPage({ params }: PageProps) {
  const t = useT();
  const { user, jurisdiction } = useSession();
  usePageTitle(t('calendar.title'));
  const years = yearRange(new Date().getFullYear());
  const asked = Number(params[0]);
  const year = years.includes(asked) ? asked : defaultYear();
  const platform = isPlatformAdmin(user);
  const local = jurisdiction !== null && (!platform || params[1] === 'local');
  if (!isAdmin(user)) return <EmptyState title={t('calendar.noAccess')} testId="calendar-no-access" />;
  const go = (y: number) => navigate(['calendar', String(y), ...(local && platform ? ['local'] : [])], true);
  return (
    <>
      <div className="page page-wide cal-page">
        <div className="page-head cal-head">
          <h1 className="page-title">{t('calendar.title')}</h1>
          <YearPicker year={year} years={years} onChange={go} />
        </div>
        {platform && jurisdiction && (
          <nav className="tabs" aria-label={t('calendar.scope')}>
            <a
              className="tab"
              href={href('calendar', String(year))}
              aria-current={local ? undefined : 'page'}
              data-testid="cal-scope-national"
            >
              {t('calendar.national')}
            </a>
            <a
              className="tab"
              href={href('calendar', String(year), 'local')}
              aria-current={local ? 'page' : undefined}
              data-testid="cal-scope-local"
            >
              {t('calendar.local')}
            </a>
          </nav>
        )}
        {local && jurisdiction ? (
          <LocalCalendar key={`${jurisdiction}-${year}`} jurisdiction={jurisdiction} year={year} />
        ) : (
          <NationalCalendar key={year} year={year} />
        )}
      </div>
    </>
  );
}
