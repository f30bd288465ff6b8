import type { FieldProps } from '@rjsf/utils';
import type { JsonValue } from '../../../api/definition-types';
import { useT } from '../../../i18n';
import { SourceTag } from './SourceTag';

/**
 * A rule's source (来源) folded: its tag (政策原文 第十条 / 平台默认值) in one line, the clause, quote or
 * note inside; open at once when something in it is wrong.
 */
export function RuleSourceField(props: FieldProps) {
  const t = useT();
  const { ObjectField } = props.registry.fields;
  if (!ObjectField) return null;
  const hasErrors = Object.keys(props.errorSchema ?? {}).length > 0;
  return (
    <details className="admin-source" open={hasErrors || undefined}>
      <summary>
        {t('admin.source')} <SourceTag source={props.formData as JsonValue | undefined} />
      </summary>
      <ObjectField {...props} />
    </details>
  );
}
