import { useState } from 'react';
import { api } from '../../api/client';
import { splitErrors } from '../../api/error-fields';
import type { Evaluation, Rating } from '../../api/types';
import { useT } from '../../i18n';

/** State, checks and submission of a rating on the jurisdiction's own scale. */
export function useRatingForm(caseId: string, scale: Evaluation, onRated: (r: Rating) => void) {
  const t = useT();
  const [level, setLevel] = useState('');
  const [stars, setStars] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const check = (): boolean => {
    const next: Record<string, string> = {};
    if (!level) next.level = t('form.rule.required');
    if (scale.stars.required)
      for (const d of scale.stars.dimensions)
        if (!stars[d.id]) next[`stars.${d.id}`] = t('form.rule.required');
    if (comment.length > 2000) next.comment = t('form.rule.maxLength', { limit: 2000 });
    setErrors(next);
    return Object.keys(next).length === 0;
  };

  const submit = async (): Promise<boolean> => {
    setBanner(null);
    if (!check()) return false;
    setBusy(true);
    try {
      onRated(
        await api.rate(caseId, { level, stars, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      );
      return true;
    } catch (err) {
      const split = splitErrors(err, (p) =>
        p === '/level' || p === '/comment'
          ? p.slice(1)
          : p.startsWith('/stars/')
            ? `stars.${p.slice(7)}`
            : null,
      );
      setErrors(split.fields);
      if (split.banner) setBanner(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const setStar = (dimension: string, n: number) => setStars((s) => ({ ...s, [dimension]: n }));
  return { level, setLevel, stars, setStar, comment, setComment, errors, banner, busy, submit };
}
