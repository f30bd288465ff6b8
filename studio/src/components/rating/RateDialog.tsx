import { Button } from 'antd';
import { useEffect, useRef, type FormEvent } from 'react';
import type { Case, Evaluation, Rating } from '../../api/types';
import { ErrorBanner } from '../ErrorBanner';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useLabel, useT } from '../../i18n';
import { StarRating } from './StarRating';
import { useRatingForm } from './use-rating-form';

export interface RateDialogProps {
  kase: Case;
  scale: Evaluation;
  onClose: () => void;
  onRated: (rating: Rating) => void;
}

/** Modal rating form: a level (满意/一般/不满意 …) and stars per dimension, as the mechanism defines. */
export function RateDialog({ kase, scale, onClose, onRated }: RateDialogProps) {
  const t = useT();
  const label = useLabel();
  const ref = useRef<HTMLDialogElement>(null);
  const r = useRatingForm(kase.id, scale, onRated);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await r.submit())) focusFirstInvalid(ref.current);
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="rate-title"
      onCancel={onClose}
      data-testid="rate-dialog"
    >
      <form noValidate onSubmit={(e) => void submit(e)} className="stack">
        <h2 id="rate-title" className="panel-title">
          {t('rating.dialogTitle')}
        </h2>
        <p className="muted">{kase.title}</p>
        <ErrorBanner error={r.banner} />
        <fieldset
          className={`field field-group${r.errors.level ? ' has-error' : ''}`}
          data-testid="rate-level"
        >
          <legend className="field-label">
            {t('rating.level')}
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          <div className="radio-row">
            {scale.levels.map((l) => (
              <label key={l.id} className="radio">
                <input
                  type="radio"
                  name="rate-level"
                  checked={r.level === l.id}
                  required
                  aria-invalid={r.errors.level ? true : undefined}
                  onChange={() => r.setLevel(l.id)}
                  data-testid={`rate-level-${l.id}`}
                />
                <span>{label(l.label, l.id)}</span>
              </label>
            ))}
          </div>
          {r.errors.level && <p className="field-error">{r.errors.level}</p>}
        </fieldset>
        {scale.stars.dimensions.map((d) => (
          <StarRating
            key={d.id}
            id={d.id}
            label={label(d.label, d.id)}
            max={scale.stars.max}
            value={r.stars[d.id]}
            required={scale.stars.required}
            error={r.errors[`stars.${d.id}`]}
            onChange={(n) => r.setStar(d.id, n)}
          />
        ))}
        <div className={`field${r.errors.comment ? ' has-error' : ''}`}>
          <label className="field-label" htmlFor="rate-comment">
            {t('rating.comment')}
          </label>
          <textarea
            id="rate-comment"
            rows={3}
            maxLength={2000}
            value={r.comment}
            onChange={(e) => r.setComment(e.target.value)}
            data-testid="rate-comment"
          />
          {r.errors.comment && <p className="field-error">{r.errors.comment}</p>}
        </div>
        <div className="form-actions">
          <Button htmlType="submit" type="primary" disabled={r.busy} data-testid="rate-submit">
            {r.busy ? t('common.submitting') : t('rating.submit')}
          </Button>
          <Button onClick={onClose} data-testid="rate-cancel">
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
