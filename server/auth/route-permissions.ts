import type { Action } from './permissions.js';

/**
 * Route -> action, for every authenticated route under /api/v1 (`METHOD path`, path as registered).
 * A route missing here (and without `permission` in its spec) is refused to everyone, and the
 * authorization matrix test names it.
 */
export const routePermissions: Record<string, Action> = {
  'GET /me': 'session.self',
  'POST /auth/logout': 'session.self',
  'POST /auth/password': 'session.self',
  'GET /jurisdictions': 'definition.read',
  'GET /jurisdictions/:j/definition': 'definition.read',
  'GET /jurisdictions/:j/definitions': 'definition.read',
  'GET /jurisdictions/:j/forms/:key': 'definition.read',
  'GET /definitions/authoring': 'definition.edit',
  'GET /jurisdictions/:j/definitions/current': 'definition.edit',
  'GET /jurisdictions/:j/definitions/:version': 'definition.edit',
  'POST /jurisdictions/:j/definitions/validate': 'definition.edit',
  'POST /jurisdictions/:j/definitions': 'definition.edit',
  'POST /jurisdictions/:j/definitions/:version/republish': 'definition.edit',
  'POST /jurisdictions/:j/cases': 'case.submit',
  'GET /jurisdictions/:j/cases': 'case.list',
  'GET /cases/:id': 'case.read',
  'POST /cases/:id/rating': 'case.rate',
  'POST /cases/:id/supplement': 'case.supplement',
  'POST /cases/:id/supervision': 'case.supervise',
  'GET /cases/:id/supervision': 'case.read',
  'GET /tasks': 'task.work',
  'GET /tasks/:id': 'task.work',
  'POST /tasks/:id/claim': 'task.work',
  'POST /tasks/:id/unclaim': 'task.work',
  'POST /tasks/:id/complete': 'task.work',
  'POST /jurisdictions/:j/visits': 'visit.record',
  'GET /jurisdictions/:j/visits': 'visit.read',
  'GET /jurisdictions/:j/enterprises/:id/policies': 'enterprise.read',
  'POST /jurisdictions/:j/policies/:policyId/push': 'policy.push',
  'GET /jurisdictions/:j/policy-notices': 'visit.read',
  'POST /jurisdictions/:j/policy-notices/:id/delivery': 'visit.record',
  'GET /jurisdictions/:j/my/policy-notices': 'policy.receive',
  'POST /jurisdictions/:j/policy-notices/:id/read': 'policy.receive',
  'GET /jurisdictions/:j/reports/pairing': 'report.read',
  'GET /jurisdictions/:j/reports/monthly': 'report.read',
  'GET /jurisdictions/:j/exceptions': 'report.read',
  'GET /audit': 'audit.read',
};
