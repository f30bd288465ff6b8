import { Widgets } from '@rjsf/antd';
import type { WidgetProps } from '@rjsf/utils';
import type { ComponentType } from 'react';

const BaseSelect = Widgets.SelectWidget as ComponentType<WidgetProps>;

/**
 * rjsf's antd select, named for assistive technology also where rjsf shows no label (the selector of
 * an `anyOf` choice, e.g. 逾期自动评价: 不自动评价 / 按规则评价): wrapped in a hidden-text label.
 */
export function LabelledSelectWidget(props: WidgetProps) {
  if (!props.hideLabel) return <BaseSelect {...props} />;
  return (
    <label className="admin-select-label">
      <span className="visually-hidden">{props.label}</span>
      <BaseSelect {...props} />
    </label>
  );
}
