import { Widgets } from '@rjsf/antd';
import type { WidgetProps } from '@rjsf/utils';
import type { ComponentType } from 'react';
import { useT } from '../i18n';

const BaseSelect = Widgets.SelectWidget as ComponentType<WidgetProps>;

/**
 * rjsf's antd select with 请选择 as its placeholder, named for assistive technology also where rjsf
 * renders no label (the selector of an `anyOf` choice, e.g. 逾期自动评价): wrapped in a label.
 */
export function SelectWidget(props: WidgetProps) {
  const t = useT();
  const select = <BaseSelect {...props} placeholder={props.placeholder || t('form.choose')} />;
  // rjsf labels other selects through their field template; its anyOf / oneOf selector has none
  if (!/__(any|one)of_select$/.test(props.id)) return select;
  return (
    <label className="admin-select-label">
      <span className="visually-hidden">{props.label}</span>
      {select}
    </label>
  );
}
