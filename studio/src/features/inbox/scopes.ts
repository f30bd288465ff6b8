import type { TaskScope } from '../../api/types';

/** An inbox tab: the server's scopes plus 即将到期 (due within `dueSoonDays` working days). */
export type InboxTab = TaskScope | 'due-soon';

/** Inbox tabs in display order: 我的 / 本组 / 待认领 / 已超期 / 即将到期 / 已办 / 全部在办 (the hub's). */
export const scopes: InboxTab[] = ['mine', 'group', 'unassigned', 'overdue', 'due-soon', 'done', 'all'];

/**
 * The tabs a user sees: 全部在办 only for those who oversee the jurisdiction (the hub, leaders); a
 * leader who works no tasks (`works` false) has no worklist of its own — only 全部在办.
 */
export const scopesFor = (hub: boolean, works = true): InboxTab[] =>
  !works ? ['all'] : hub ? scopes : scopes.filter((s) => s !== 'all');

export const defaultScope: InboxTab = 'group';

export const dueSoonDays = 2;

export const isScope = (s: string | undefined): s is InboxTab => scopes.includes(s as InboxTab);
