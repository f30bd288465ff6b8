import type { TaskScope } from '../../api/types';

/** Inbox tabs in display order: 我的 / 本组 / 待认领 / 已超期. */
export const scopes: TaskScope[] = ['mine', 'group', 'unassigned', 'overdue'];

export const defaultScope: TaskScope = 'group';

export const isScope = (s: string | undefined): s is TaskScope => scopes.includes(s as TaskScope);
