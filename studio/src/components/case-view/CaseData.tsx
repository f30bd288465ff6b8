import type { Case, Definition } from '../../api/types';
import { loadForm } from '../../hooks/use-definition';
import { useAsync } from '../../hooks/use-async';
import { useT } from '../../i18n';
import { orderedFields } from '../../forms/ordered-fields';
import { enumLabels, uiField } from '../../forms/ui-field';
import type { FormResource } from '../../api/types';
import { Panel } from '../Panel';

function display(
  form: FormResource | undefined,
  name: string,
  value: unknown,
  yes: string,
  no: string,
): string {
  const prop = form?.schema.properties?.[name];
  if (prop?.enum) {
    const hit = enumLabels(prop, uiField(form?.ui, name)).find((o) => o.value === value);
    if (hit) return hit.label;
  }
  if (typeof value === 'boolean') return value ? yes : no;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The request's intake data, labelled with the intake form's Chinese titles and option names. */
export function CaseData({ kase, definition }: { kase: Case; definition: Definition | undefined }) {
  const t = useT();
  const intakeKey = definition?.mechanism.intakeForm;
  const { data: form } = useAsync(
    () => (intakeKey ? loadForm(kase.jurisdiction, intakeKey) : Promise.resolve(undefined)),
    [kase.jurisdiction, intakeKey],
  );
  const order = form ? orderedFields(form.schema, form.ui) : [];
  const names = [
    ...order.filter((n) => n in kase.data),
    ...Object.keys(kase.data).filter((n) => !order.includes(n)),
  ];
  return (
    <Panel id="case-data-title" title={form?.schema.title ?? t('case.data')} testId="case-data">
      <dl className="facts facts-wide">
        {names.map((name) => (
          <div key={name} className="fact">
            <dt>{form?.schema.properties?.[name]?.title ?? name}</dt>
            <dd className="pre-wrap">
              {display(form, name, kase.data[name], t('common.yes'), t('common.no'))}
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
