import type { Request, RequestHandler } from 'express';
import type { JsonValue } from '../../runtime/common/json.js';
import type { Store } from '../../runtime/store/store.js';
import { actorOf } from '../auth/authenticate.js';
import type { Action } from '../auth/permissions.js';
import { noteAudit } from './audit-trail.js';

/** State of what an admin edit changes, recorded before and after it (never secrets). */
type Snapshot = (store: Store, jurisdiction: string) => Promise<JsonValue>;

const definitionState: Snapshot = async (store, j) => {
  const latest = await store.definitions.latest(j);
  return latest ? { version: latest.version, hash: latest.hash, publishedAt: latest.publishedAt } : null;
};

const directoryState: Snapshot = async (store, j) => {
  const [users, units, enterprises] = await Promise.all([
    store.directory.users(j),
    store.directory.orgUnits(j),
    store.directory.enterprises(j),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, username: u.username, roles: u.roles, groups: u.groups })),
    orgUnits: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
    enterprises: enterprises.map((e) => ({ id: e.id, name: e.name, creditCode: e.creditCode })),
  };
};

/** Admin edits by policy action: their before/after state goes into the audit entry. */
const snapshots: Partial<Record<Action, Snapshot>> = {
  'definition.edit': definitionState,
  'directory.edit': directoryState,
};

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function tenantOf(req: Request): string | null {
  const actor = actorOf(req);
  return actor.jurisdiction ?? (typeof req.params.j === 'string' ? req.params.j : null);
}

/**
 * Runs after authorization on every authenticated route: names the entry's target and tenant (the
 * actor's own; a platform admin's is the route's), and for admin edits snapshots the state before.
 */
export function auditContext(store: Store, action: Action | undefined): RequestHandler {
  return async (req, _res, next) => {
    if (!unsafe.has(req.method)) return next();
    const jurisdiction = tenantOf(req);
    const target = [req.params.id, req.params.j].find((p): p is string => typeof p === 'string') ?? null;
    noteAudit(req, { jurisdiction, target });
    const snapshot = action ? snapshots[action] : undefined;
    if (snapshot && jurisdiction) {
      noteAudit(req, {
        before: await snapshot(store, jurisdiction),
        afterSnapshot: () => snapshot(store, jurisdiction),
      });
    }
    next();
  };
}
