import type { ApiRouter } from '../openapi/api-router.js';
import { attachmentRoutes } from './attachment-routes.js';
import { eventStreamRoutes } from './event-stream-routes.js';
import { directoryRoutes } from './directory-routes.js';
import { incidentRoutes } from './incident-routes.js';
import { kpiReportRoutes } from './kpi-report-routes.js';
import type { RouteDeps } from './route-deps.js';
import { taskWorkRoutes } from './task-work-routes.js';

/**
 * Directory, task work beyond claim/complete, KPI reports, case attachments, the live event stream
 * and engine incidents.
 */
export function workRoutes(api: ApiRouter, deps: RouteDeps): void {
  directoryRoutes(api, deps);
  taskWorkRoutes(api, deps);
  kpiReportRoutes(api, deps);
  attachmentRoutes(api, deps);
  eventStreamRoutes(api, deps);
  incidentRoutes(api, deps);
}
