import { Templates } from '@rjsf/antd';
import { ADDITIONAL_PROPERTY_FLAG, type FieldTemplateProps } from '@rjsf/utils';
import { Form } from 'antd';
import type { ComponentType } from 'react';
import { useReadableHelp } from './readable-help';

const BaseFieldTemplate = Templates.FieldTemplate as ComponentType<FieldTemplateProps>;

/**
 * One field: label, control, then the error in red where there is one and the help text (ui:help,
 * description) below it in grey — rjsf's antd template puts help in the error's place and colours
 * it red whenever the field is invalid, hiding the error itself.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { rawHelp, rawDescription, rawErrors, schema, uiSchema } = props;
  const nested = schema.type === 'object' || schema.type === 'array' || ADDITIONAL_PROPERTY_FLAG in schema;
  if (props.hidden || nested) return <BaseFieldTemplate {...props} />;
  const readable = useReadableHelp();
  const notes = [rawDescription, rawHelp].filter(readable);
  const checkbox = uiSchema?.['ui:widget'] === 'checkbox';
  return (
    <Form.Item
      htmlFor={props.id}
      label={props.displayLabel && !checkbox ? props.label : undefined}
      required={props.required}
      labelCol={{ span: 24 }}
      wrapperCol={{ span: 24 }}
      validateStatus={rawErrors?.length ? 'error' : undefined}
      help={rawErrors?.length ? rawErrors.join('；') : undefined}
      extra={notes.length ? <span id={`${props.id}__help`}>{notes.join(' ')}</span> : undefined}
    >
      {props.children}
    </Form.Item>
  );
}
