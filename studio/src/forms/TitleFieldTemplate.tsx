import type { TitleFieldProps } from '@rjsf/utils';
import { Flex, Typography } from 'antd';

/** A group's title (an object or a list of items) as a plain heading at the start of the line, no colon. */
export function TitleFieldTemplate({ id, title, required, optionalDataControl }: TitleFieldProps) {
  if (!title) return null;
  return (
    <Flex id={id} justify="space-between" align="center" style={{ marginBottom: 8 }}>
      <Typography.Text strong>
        {required && (
          <span className="required" aria-hidden="true">
            *{' '}
          </span>
        )}
        {title}
      </Typography.Text>
      {optionalDataControl}
    </Flex>
  );
}
