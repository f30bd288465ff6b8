import { Widgets } from '@rjsf/antd';
import type { WidgetProps } from '@rjsf/utils';
import type { ComponentType } from 'react';

const BaseSelect = Widgets.SelectWidget as ComponentType<WidgetProps>;

/**
 * rjsf's antd select, named for assistive technology also where rjsf renders no label (the selector
 * of an `anyOf` choice, e.g. 逾期自动评价): wrapped in a label with hidden text.
 */
export function LabelledSelectWidget(props: WidgetProps) {
  // rjsf labels other selects through their field template; its anyOf / oneOf selector has none
  if (!/__(any|one)of_select$/.test(props.id)) return <BaseSelect {...props} />;
  return (
    <label className="admin-select-label">
      <span className="visually-hidden">{props.label}</span>
      <BaseSelect {...props} />
    </label>
  );
}
