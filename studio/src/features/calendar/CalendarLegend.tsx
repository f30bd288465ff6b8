import { useT } from '../../i18n';

/** Colour key of the grid: the four sources of a marked day, weekends, and the preview's marks. */
export function CalendarLegend({ changed, pending }: { changed?: boolean; pending?: boolean }) {
  const t = useT();
  const items: [string, string][] = [
    ['cal-holiday cal-tone-statutory', t('calendar.legendStatutory')],
    ['cal-holiday cal-tone-notice', t('calendar.legendNotice')],
    ['cal-holiday cal-tone-package', t('calendar.legendPackage')],
    ['cal-holiday cal-tone-local', t('calendar.legendLocal')],
    ['cal-weekend', t('calendar.legendWeekend')],
  ];
  if (changed) items.push(['cal-working cal-changed', t('calendar.legendChanged')]);
  if (pending) items.push(['cal-working cal-pending', t('calendar.legendPending')]);
  return (
    <div className="cal-legend" aria-label={t('calendar.legend')} role="group" data-testid="cal-legend">
      {items.map(([cls, text]) => (
        <span key={text} className="cal-legend-item">
          <span className={`cal-swatch ${cls}`} aria-hidden="true" />
          {text}
        </span>
      ))}
      <span className="cal-legend-item">{t('calendar.legendRest')}</span>
      <span className="cal-legend-item">{t('calendar.legendWork')}</span>
    </div>
  );
}
