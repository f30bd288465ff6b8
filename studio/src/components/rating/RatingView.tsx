import type { Evaluation, Rating } from '../../api/types';
import { useFormat, useLabel, useT } from '../../i18n';

/** A given rating: level, stars per dimension, comment, and whether it was the automatic one. */
export function RatingView({ rating, scale }: { rating: Rating; scale: Evaluation | undefined }) {
  const t = useT();
  const f = useFormat();
  const label = useLabel();
  const level = scale?.levels.find((l) => l.id === rating.level);
  const max = scale?.stars.max ?? 5;
  return (
    <div data-testid="rating-view">
      <p>
        <span
          className={`badge ${level?.standing === 'satisfied' ? 'badge-ok' : 'badge-neutral'}`}
          data-testid="rating-level"
        >
          {label(level?.label, rating.level)}
        </span>{' '}
        {rating.auto && <span className="muted">{t('rating.autoNote')}</span>}
      </p>
      <dl className="facts">
        {Object.entries(rating.stars).map(([id, n]) => (
          <div key={id} className="fact">
            <dt>{label(scale?.stars.dimensions.find((d) => d.id === id)?.label, id)}</dt>
            <dd>
              <span className="stars-static" aria-hidden="true">
                {'★'.repeat(n)}
                <span className="stars-off">{'★'.repeat(Math.max(0, max - n))}</span>
              </span>
              <span className="visually-hidden">{t('rating.starsOf', { n, max })}</span>
            </dd>
          </div>
        ))}
        {rating.comment && (
          <div className="fact">
            <dt>{t('rating.commentShown')}</dt>
            <dd className="pre-wrap">{rating.comment}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('rating.at')}</dt>
          <dd>{f.dateTime(rating.at)}</dd>
        </div>
      </dl>
    </div>
  );
}
