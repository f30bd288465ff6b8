import { csrfToken, request } from './http';
import type { ExceptionKind, KpiReport } from './report-types';
import { tokenStore } from './token-store';
import type {
  Case,
  CaseDetail,
  CaseStatus,
  Definition,
  DemoUser,
  FormResource,
  Jurisdiction,
  LoginResult,
  Me,
  SsoInfo,
  SsoStart,
  ActivationInfo,
  MonthlyReport,
  NewCase,
  NewRating,
  Page,
  Rating,
} from './types';

const seg = encodeURIComponent;

/** A request that opens a session (登录, 激活): the old token is forgotten first, the new one kept. */
async function openSession(path: string, body: Record<string, string>): Promise<LoginResult> {
  tokenStore.clear();
  const result = await request<LoginResult>(path, { method: 'POST', body });
  tokenStore.set(result.token);
  return result;
}

export interface Paging {
  limit?: number;
  offset?: number;
}

/** The typed client of /api/v1: one method per endpoint, nothing else. */
export const api = {
  login: (username: string, password: string) => openSession('/auth/login', { username, password }),
  /** Ends the session on the server too (revoked for good), then forgets the token. */
  logout(): void {
    // request() reads the token before its first await, so clearing it right after is safe
    const ended = api.hasSession() ? request('/auth/logout', { method: 'POST' }) : null;
    tokenStore.clear();
    // an already ended session answers 401: there is nothing left to end
    ended?.catch(() => undefined);
  },
  /** A bearer token, or the readable CSRF cookie of a cookie session (single sign-on). */
  hasSession: (): boolean => tokenStore.get() !== null || csrfToken() !== null,
  me: () => request<Me>('/me'),
  demoUsers: () => request<DemoUser[]>('/auth/demo-users'),
  /** 修改密码: a fresh session is returned (every other one ends). */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const result = await request<{ token: string }>('/auth/password', {
      method: 'POST',
      body: { currentPassword, newPassword },
    });
    if (tokenStore.get() !== null) tokenStore.set(result.token);
  },
  ssoInfo: () => request<SsoInfo>('/auth/sso'),
  ssoStart: () => request<SsoStart>('/auth/sso/start', { method: 'POST' }),
  activationInfo: (token: string) => request<ActivationInfo>('/auth/activation', { query: { token } }),
  /** 账号激活: sets the first password and signs in. */
  activate: (token: string, newPassword: string) => openSession('/auth/activate', { token, newPassword }),

  jurisdictions: () => request<Jurisdiction[]>('/jurisdictions'),
  definition: (j: string, version?: number) =>
    request<Definition>(`/jurisdictions/${seg(j)}/definition${version ? `?version=${version}` : ''}`),
  form: (j: string, key: string) => request<FormResource>(`/jurisdictions/${seg(j)}/forms/${seg(key)}`),

  submitCase: (j: string, body: NewCase, idempotencyKey: string) =>
    request<Case>(`/jurisdictions/${seg(j)}/cases`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  cases: (j: string, q: { status?: CaseStatus; mine?: boolean } & Paging = {}) =>
    request<Page<Case>>(`/jurisdictions/${seg(j)}/cases`, { query: { ...q } }),
  caseDetail: (id: string) => request<CaseDetail>(`/cases/${seg(id)}`),
  rate: (id: string, body: NewRating) =>
    request<Rating>(`/cases/${seg(id)}/rating`, { method: 'POST', body }),

  monthlyReport: (j: string, month: string) =>
    request<MonthlyReport>(`/jurisdictions/${seg(j)}/reports/monthly`, { query: { month } }),
  kpiReport: (j: string, month: string) =>
    request<KpiReport>(`/jurisdictions/${seg(j)}/reports/kpi`, { query: { month } }),
  exceptions: (j: string, kind: ExceptionKind, q: Paging = {}) =>
    request<Page<Case>>(`/jurisdictions/${seg(j)}/exceptions`, { query: { kind, ...q } }),
};
