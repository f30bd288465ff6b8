import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageProps } from '../routing';

// One lazily loaded chunk per feature, so each route downloads only its own code.
export const pages = {
  login: lazy(() => import('../features/login')),
  activate: lazy(() => import('../features/login/activate-page')),
  password: lazy(() => import('../features/login/password-page')),
  enterprise: lazy(() => import('../features/enterprise')),
  inbox: lazy(() => import('../features/inbox')),
  tasks: lazy(() => import('../features/task')),
  cases: lazy(() => import('../features/case')),
  reports: lazy(() => import('../features/reports')),
  ledger: lazy(() => import('../features/ledger')),
  admin: lazy(() => import('../features/admin')),
  directory: lazy(() => import('../features/directory')),
  calendar: lazy(() => import('../features/calendar')),
  jurisdictions: lazy(() => import('../features/jurisdictions')),
  incidents: lazy(() => import('../features/operations/IncidentsPage')),
  audit: lazy(() => import('../features/operations/AuditLogPage')),
  messages: lazy(() => import('../features/messages')),
} satisfies Record<string, LazyExoticComponent<ComponentType<PageProps>>>;

export type PageName = keyof typeof pages;

/** Pages a platform admin opens before picking a jurisdiction (the national calendar, 辖区管理, own password). */
export const nationalPages: readonly PageName[] = ['calendar', 'jurisdictions', 'password'];

/** Pages that open without a session (an activation link). */
export const publicPages: readonly PageName[] = ['activate'];

export const isPageName = (s: string | undefined): s is PageName => s !== undefined && s in pages;
