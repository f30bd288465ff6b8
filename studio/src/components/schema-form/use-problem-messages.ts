import { useT } from '../../i18n';
import type { FieldErrors } from './form-types';
import type { FieldProblem } from './validate-form';

/** Turns client-side problems into localized messages. */
export function useProblemMessages(): (problems: Record<string, FieldProblem>) => FieldErrors {
  const t = useT();
  return (problems) => {
    const out: FieldErrors = {};
    for (const [name, p] of Object.entries(problems)) {
      out[name] = t(`form.rule.${p.rule}`, { limit: p.limit ?? '' });
    }
    return out;
  };
}
