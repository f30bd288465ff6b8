import { Menu } from 'antd';
import type { ReactNode } from 'react';

export interface EditorNavProps {
  /** The navigation landmark's name (表单列表, 配置分区). */
  label: string;
  selected: string;
  onSelect: (key: string) => void;
  items: { key: string; label: ReactNode }[];
}

/** The list beside an editor (forms, settings sections): one entry is open at a time. */
export function EditorNav({ label, selected, onSelect, items }: EditorNavProps) {
  return (
    <nav aria-label={label}>
      <Menu mode="inline" selectedKeys={[selected]} onClick={(e) => onSelect(e.key)} items={items} />
    </nav>
  );
}
