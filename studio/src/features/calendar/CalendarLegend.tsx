import { useCalendarText } from './calendar-text';

/** Colour key of the grid: the four sources of a marked day, weekends, and the preview's marks. */
export function CalendarLegend({ changed, pending }: { changed?: boolean; pending?: boolean }) {
  const tx = useCalendarText();
  const items: [string, string][] = [
    ['cal-holiday cal-tone-statutory', tx('legendStatutory')],
    ['cal-holiday cal-tone-notice', tx('legendNotice')],
    ['cal-holiday cal-tone-package', tx('legendPackage')],
    ['cal-holiday cal-tone-local', tx('legendLocal')],
    ['cal-weekend', tx('legendWeekend')],
  ];
  if (changed) items.push(['cal-working cal-changed', tx('legendChanged')]);
  if (pending) items.push(['cal-working cal-pending', tx('legendPending')]);
  return (
    <div className="cal-legend" aria-label={tx('legend')} role="group" data-testid="cal-legend">
      {items.map(([cls, text]) => (
        <span key={text} className="cal-legend-item">
          <span className={`cal-swatch ${cls}`} aria-hidden="true" />
          {text}
        </span>
      ))}
      <span className="cal-legend-item">{tx('legendRest')}</span>
      <span className="cal-legend-item">{tx('legendWork')}</span>
    </div>
  );
}
