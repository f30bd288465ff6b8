import type { DescriptionFieldProps } from '@rjsf/utils';
import { Typography } from 'antd';
import { useReadableHelp } from './readable-help';

/** A group's description in grey, when it reads in the interface language. */
export function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  const readable = useReadableHelp();
  if (!readable(description)) return null;
  return (
    <Typography.Paragraph id={id} type="secondary">
      {description}
    </Typography.Paragraph>
  );
}
