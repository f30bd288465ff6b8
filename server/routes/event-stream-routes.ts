import type { Actor } from '../../runtime/cases/actor.js';
import { actorInWords, isPublicEvent } from '../../runtime/cases/enterprise-view.js';
import { ConflictError } from '../../runtime/common/errors.js';
import type { PlatformEvent } from '../../runtime/events/platform-event.js';
import { actorOf } from '../auth/authenticate.js';
import { caseScope } from '../auth/permissions.js';
import { isPlatformAdmin } from '../auth/tenant-guard.js';
import { fileOf } from '../../runtime/contract/common.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

/**
 * Which live events an actor may receive — the same visibility as the inbox and case pages: its own
 * jurisdiction only; the hub, leaders and admins every event; a handler the tasks of its groups or
 * assigned to it; an enterprise the public steps of its own cases' timelines (ids and types, no content).
 */
export function visibleTo(actor: Actor): (event: PlatformEvent) => boolean {
  const scope = caseScope(actor);
  return (event) => {
    if (event.type === 'message.unread') return event.message?.recipient === actor.id;
    if (!isPlatformAdmin(actor) && event.jurisdiction !== actor.jurisdiction) return false;
    if (scope === 'jurisdiction') return true;
    if (scope === 'enterprise')
      return (
        event.type === 'case.event' &&
        isPublicEvent(event.event?.type) &&
        ((actor.enterpriseId !== null && event.enterpriseId === actor.enterpriseId) ||
          event.submittedBy === actor.id)
      );
    const task = event.task;
    return (
      !!task && (task.assignee === actor.id || task.candidateGroups.some((g) => actor.groups.includes(g)))
    );
  };
}

/** Parses `<epoch>-<seq>`; a resume point of another process (restarted) is not resumable. */
function resumePoint(id: string | undefined, epoch: string): number | 'stale' | undefined {
  if (!id) return undefined;
  const match = /^([0-9a-z]+)-([0-9]+)$/.exec(id);
  return match && match[1] === epoch ? Number(match[2]) : 'stale';
}

/** Server-sent events: open inboxes and case pages refresh when tasks and timelines change. */
export function eventStreamRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { events } = deps.platform;
  const heartbeatMs = deps.eventStream?.heartbeatMs ?? 15_000;
  api.get(
    '/events/stream',
    {
      tenant: 'own',
      tag: 'events',
      permission: 'case.list',
      summary:
        'Live updates (text/event-stream): task.created / claimed / released / completed / cancelled / updated, case.event and message.unread (the own unread message count), scoped to what the user may see; heartbeat comments; resume with Last-Event-ID (event `reset` when the missed events are gone)',
      query: {
        type: 'object',
        additionalProperties: false,
        properties: { lastEventId: { type: 'string', maxLength: 64 } },
      },
      response: fileOf('text/event-stream'),
    },
    (req, res) => {
      if (events.closed) throw new ConflictError('the server is shutting down', [], 'shutting_down');
      const actor = actorOf(req);
      const visible = visibleTo(actor);
      // an enterprise learns who acted only in words (never a staff id)
      const shaped = (event: PlatformEvent): PlatformEvent =>
        caseScope(actor) === 'enterprise' && event.event
          ? { ...event, event: { ...event.event, actor: actorInWords(event.event.actor, actor.id) } }
          : event;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (event: PlatformEvent) => {
        if (!visible(event)) return;
        const { seq, ...payload } = shaped(event);
        res.write(`id: ${events.epoch}-${seq}\nevent: ${event.type}\ndata: ${JSON.stringify(payload)}\n\n`);
      };
      // (fires only after this synchronous handler has written the opening lines)
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
      const stop = () => {
        clearInterval(heartbeat);
        subscription.unsubscribe();
      };
      const resume = resumePoint(
        req.header('last-event-id') ?? (req.query.lastEventId as string | undefined),
        events.epoch,
      );
      const subscription = events.subscribe(
        send,
        () => {
          stop();
          res.end();
        },
        typeof resume === 'number' ? resume : undefined,
      );
      res.write(`retry: 3000\n: connected\n\n`);
      if (resume === 'stale' || !subscription.complete) res.write('event: reset\ndata: {}\n\n');
      for (const event of subscription.missed) send(event);
      req.on('close', stop);
    },
  );
}
