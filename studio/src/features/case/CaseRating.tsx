import { Button } from 'antd';
import { useState } from 'react';
import type { Case, Definition, Rating } from '../../api/types';
import { awaitingRating, RateDialog, RatingView } from '../../components/rating';
import { useT } from '../../i18n';
import { Panel } from '../../components/Panel';

export interface CaseRatingProps {
  kase: Case;
  rating: Rating | null;
  definition: Definition | undefined;
  canRate: boolean;
  onRated: () => void;
}

/** 评价: the rating if given; otherwise, for the requesting enterprise once answered, a rate button. */
export function CaseRating({ kase, rating, definition, canRate, onRated }: CaseRatingProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const scale = definition?.mechanism.evaluation;
  return (
    <Panel id="case-rating-title" title={t('rating.title')} testId="case-rating">
      {rating ? (
        <RatingView rating={rating} scale={scale} />
      ) : canRate && awaitingRating(kase) && scale ? (
        <Button type="primary" onClick={() => setOpen(true)} data-testid="rate-open">
          {t('rating.rate')}
        </Button>
      ) : (
        <p className="muted">{awaitingRating(kase) ? t('rating.awaiting') : t('rating.none')}</p>
      )}
      {open && scale && (
        <RateDialog
          kase={kase}
          scale={scale}
          onClose={() => setOpen(false)}
          onRated={() => (setOpen(false), onRated())}
        />
      )}
    </Panel>
  );
}
