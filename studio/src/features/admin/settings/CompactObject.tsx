import { Templates } from '@rjsf/antd';
import type { ObjectFieldTemplateProps } from '@rjsf/utils';
import type { ComponentType } from 'react';
import { useT } from '../../../i18n';

const Base = Templates.ObjectFieldTemplate as ComponentType<ObjectFieldTemplateProps>;

/** Properties a person rarely changes: the id others refer to, per-field sources. */
const advancedNames = new Set(['id', 'sources']);

/**
 * A settings object with its everyday fields in the open and the rest (标识, 单项来源) under 高级, so a
 * list of request classes stays a few lines per class; opened when something in it is wrong.
 */
export function CompactObject(props: ObjectFieldTemplateProps) {
  const t = useT();
  const advanced = props.properties.filter((p) => advancedNames.has(p.name));
  if (advanced.length === 0) return <Base {...props} />;
  const errors = (props as { errorSchema?: Record<string, unknown> }).errorSchema ?? {};
  const open = advanced.some((p) => p.name in errors);
  return (
    <>
      <Base {...props} properties={props.properties.filter((p) => !advancedNames.has(p.name))} />
      <details className="admin-advanced" open={open || undefined}>
        <summary>{t('admin.advanced')}</summary>
        <Base {...props} title="" description={undefined} properties={advanced} />
      </details>
    </>
  );
}
