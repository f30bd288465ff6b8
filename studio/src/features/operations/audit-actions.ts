/**
 * 操作名称: the audit log's action codes (a route `METHOD /path` or a sign-in note) by their Chinese
 * and English names; the filter offers these, and an unknown code reads 其他操作.
 */
export const auditActions: readonly (readonly [code: string, zh: string, en: string])[] = [
  ['auth.login', '登录', 'Sign in'],
  ['auth.logout', '退出登录', 'Sign out'],
  ['auth.password', '修改密码', 'Change password'],
  ['auth.sso', '统一身份认证登录', 'SSO sign-in'],
  ['POST /jurisdictions/:j/cases', '提交诉求', 'Submit a request'],
  ['POST /tasks/:id/claim', '认领任务', 'Claim a task'],
  ['POST /tasks/:id/unclaim', '释放任务', 'Release a task'],
  ['POST /tasks/:id/complete', '提交办理结果', 'Complete a task'],
  ['POST /tasks/:id/return', '退回', 'Return'],
  ['POST /tasks/:id/reassign', '改派', 'Reassign'],
  ['POST /tasks/:id/extension', '申请延期', 'Request an extension'],
  ['POST /cases/:id/extensions/:requestId/decision', '延期审批', 'Decide an extension'],
  ['POST /tasks/:id/urge', '催办', 'Urge'],
  ['POST /cases/:id/comments', '内部意见', 'Comment'],
  ['POST /cases/:id/supervision', '督办 / 领导批示', 'Supervision order'],
  ['POST /cases/:id/rating', '评价', 'Rate'],
  ['POST /jurisdictions/:j/definitions', '发布机制版本', 'Publish a version'],
  ['POST /jurisdictions/:j/incidents/:incidentKey/retry', '重试异常', 'Retry an incident'],
];

export function auditActionName(code: string, lang: 'zh' | 'en'): string {
  const known = auditActions.find(([c]) => c === code);
  if (known) return lang === 'en' ? known[2] : known[1];
  return lang === 'en' ? 'Other' : '其他操作';
}
