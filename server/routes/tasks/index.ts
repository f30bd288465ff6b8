import type { ApiRouter } from '../../openapi/api-router.js';
import type { RouteDeps } from '../route-deps.js';
import { taskActionRoutes } from './task-action-routes.js';
import { taskListRoutes } from './task-list-routes.js';
import { taskRoutes } from './task-routes.js';

/** The task API (待办 and 办理): the list, one task's work, and the actions with a reason. */
export function tasksApi(api: ApiRouter, deps: RouteDeps): void {
  taskListRoutes(api, deps);
  taskRoutes(api, deps);
  taskActionRoutes(api, deps);
}
