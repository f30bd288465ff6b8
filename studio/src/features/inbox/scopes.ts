import type { TaskScope } from '../../api/types';

/** An inbox tab: the server's scopes plus 即将到期 (due within `dueSoonDays` working days). */
export type InboxTab = TaskScope | 'due-soon';

/** Inbox tabs in display order: 我的 / 本组 / 待认领 / 已超期 / 即将到期. */
export const scopes: InboxTab[] = ['mine', 'group', 'unassigned', 'overdue', 'due-soon'];

export const defaultScope: InboxTab = 'group';

export const dueSoonDays = 2;

export const isScope = (s: string | undefined): s is InboxTab => scopes.includes(s as InboxTab);
