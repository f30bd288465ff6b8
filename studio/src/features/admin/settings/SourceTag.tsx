import { Tag, Tooltip } from 'antd';
import type { JsonValue } from '../../../api/definition-types';
import { useT } from '../../../i18n';

const text = (v: JsonValue | undefined) => (typeof v === 'string' ? v : '');

/**
 * Where a rule comes from (来源), as a tag beside it: 政策原文 with its clause (the quote on hover), or
 * 平台默认值 (the note on hover). Nothing when the config does not mark the rule.
 */
export function SourceTag({ source }: { source: JsonValue | undefined }) {
  const t = useT();
  if (!source || typeof source !== 'object' || Array.isArray(source)) return null;
  const policy = source.kind === 'policy';
  if (!policy && source.kind !== 'default') return null;
  const label = policy
    ? `${t('admin.source.policy')} ${text(source.clause)}`.trim()
    : t('admin.source.default');
  return (
    <Tooltip title={policy ? text(source.quote) : text(source.note)}>
      <Tag
        className={`admin-source-tag ${policy ? 'admin-source-policy' : 'admin-source-default'}`}
        data-testid="source-tag"
      >
        {label}
      </Tag>
    </Tooltip>
  );
}
