import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface StreamEvent {
  id?: string;
  event?: string;
  data?: Record<string, unknown>;
  comment?: string;
}

/** Reads a text/event-stream response block by block (real HTTP, node fetch streaming). */
class EventStream {
  readonly seen: StreamEvent[] = [];
  #buffer = '';
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();

  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    assert.ok(response.body);
    this.#reader = response.body.getReader();
  }

  static async open(t: TestServer, token: string, lastEventId?: string): Promise<EventStream> {
    const abort = new AbortController();
    const res = await fetch(`${t.url}/api/v1/events/stream`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: abort.signal,
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const stream = new EventStream(res, abort);
    await stream.until((e) => e.comment === 'connected');
    return stream;
  }

  /** Reads until an event matches (returning it); null when the server ends the stream first. */
  async until(match: (e: StreamEvent) => boolean): Promise<StreamEvent | null> {
    for (;;) {
      const block = this.#buffer.indexOf('\n\n');
      if (block >= 0) {
        const text = this.#buffer.slice(0, block);
        this.#buffer = this.#buffer.slice(block + 2);
        const event = parse(text);
        this.seen.push(event);
        if (match(event)) return event;
        continue;
      }
      const { done, value } = await this.#reader.read();
      if (done) return null;
      this.#buffer += this.#decoder.decode(value, { stream: true });
    }
  }

  tasksSeen(): { type: string; caseId: string; groups: string[] }[] {
    return this.seen
      .filter((e) => e.event?.startsWith('task.'))
      .map((e) => ({
        type: e.event ?? '',
        caseId: String(e.data?.caseId),
        groups: (e.data?.task as { candidateGroups: string[] }).candidateGroups,
      }));
  }

  close(): void {
    this.abort.abort();
  }
}

function parse(block: string): StreamEvent {
  const event: StreamEvent = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) event.comment = line.slice(1).trim();
    else if (line.startsWith('id: ')) event.id = line.slice(4);
    else if (line.startsWith('event: ')) event.event = line.slice(7);
    else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6)) as Record<string, unknown>;
  }
  return event;
}

describe('HTTP API: live updates over server-sent events', { timeout: 60_000 }, () => {
  let t: TestServer;
  const submit = async (j: string) => {
    const ent = await t.login(`${j}-ent`);
    const r = await t.call('POST', `/api/v1/jurisdictions/${j}/cases`, ent, {
      channel: 'website',
      title: '用电问题',
      data: validIntake,
    });
    assert.equal(r.status, 201);
    return r.body.id as string;
  };
  const accept = async (caseId: string) => {
    const office = await t.login('jiaxing-etdz-office');
    const tasks = (await t.call('GET', '/api/v1/tasks', office)).body.items as {
      id: string;
      caseId: string;
    }[];
    const task = tasks.find((x) => x.caseId === caseId);
    assert.ok(task);
    assert.equal((await t.call('POST', `/api/v1/tasks/${task.id}/claim`, office)).status, 200);
    await t.call('POST', `/api/v1/tasks/${task.id}/claim`, office); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${task.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200);
  };

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', { eventStream: { heartbeatMs: 25 } });
  });
  after(() => t.close());

  it("delivers a handler the task created for its group, and neither another group's task nor another tenant's", async () => {
    // given open streams: a department handler, the hub of the same zone, the hub of another zone
    const handlerUser = await t.platform.store.directory.userByUsername('jiaxing-etdz-handler');
    assert.ok(handlerUser);
    const handler = await EventStream.open(t, await t.login('jiaxing-etdz-handler'));
    const hub = await EventStream.open(t, await t.login('jiaxing-etdz-office'));
    const elsewhere = await EventStream.open(t, await t.login('other-zone-office'));
    // when an enterprise submits a case (the hub's review task) and the hub routes it to the departments
    const caseId = await submit('jiaxing-etdz');
    const review = await hub.until((e) => e.event === 'task.created' && e.data?.caseId === caseId);
    assert.ok(review);
    await accept(caseId);
    // then the handler's stream delivers the departments' task of that case
    const routed = await handler.until((e) => e.event === 'task.created' && e.data?.caseId === caseId);
    assert.ok(routed);
    const groups = (routed.data?.task as { candidateGroups: string[] }).candidateGroups;
    assert.ok(
      groups.some((g) => handlerUser.groups.includes(g)),
      JSON.stringify(groups),
    );
    assert.equal(routed.data?.jurisdiction, 'jiaxing-etdz');
    assert.match(routed.id ?? '', /^[0-9a-z]+-[0-9]+$/);
    // and nothing of the review task (the hub's group) reached it before, although the hub saw it
    // created, claimed and completed: events arrive in order, so they were filtered out
    const reviewGroups = (review.data?.task as { candidateGroups: string[] }).candidateGroups;
    assert.ok(!reviewGroups.some((g) => handlerUser.groups.includes(g)));
    assert.deepEqual(
      handler.tasksSeen().filter((x) => x.groups.join() === reviewGroups.join()),
      [],
    );
    const hubTypes = hub.tasksSeen().map((x) => x.type);
    await hub.until((e) => e.event === 'task.created' && e.data?.caseId === caseId && e.id !== review.id);
    assert.ok(hubTypes.includes('task.created'));
    assert.ok(hub.seen.some((e) => e.event === 'task.claimed' && e.data?.caseId === caseId));
    assert.ok(hub.seen.some((e) => e.event === 'task.completed' && e.data?.caseId === caseId));
    assert.ok(hub.seen.some((e) => e.event === 'case.event' && e.data?.caseId === caseId));
    // and the other zone's hub receives its own zone's case, and before it nothing of jiaxing-etdz
    const own = await submit('other-zone');
    await elsewhere.until((e) => e.event === 'task.created' && e.data?.caseId === own);
    const foreign = elsewhere.seen.filter((e) => e.data && e.data.jurisdiction !== 'other-zone');
    assert.deepEqual(foreign, []);
    assert.ok(!elsewhere.seen.some((e) => e.data?.caseId === caseId));
    for (const s of [handler, hub, elsewhere]) s.close();
  });

  it('shows an enterprise the timeline of its own case only, without task details', async () => {
    const ent = await EventStream.open(t, await t.login('jiaxing-etdz-ent'));
    const caseId = await submit('jiaxing-etdz');
    const first = await ent.until((e) => e.event === 'case.event' && e.data?.caseId === caseId);
    assert.ok(first);
    assert.deepEqual(
      ent.seen.filter((e) => e.event?.startsWith('task.')),
      [],
    );
    ent.close();
  });

  it('sends heartbeat comments, resumes from Last-Event-ID and asks a client of a restarted process to reset', async () => {
    const token = await t.login('jiaxing-etdz-office');
    const hub = await EventStream.open(t, token);
    assert.ok(await hub.until((e) => e.comment === 'heartbeat'));
    const caseId = await submit('jiaxing-etdz');
    const created = await hub.until((e) => e.event === 'task.created' && e.data?.caseId === caseId);
    assert.ok(created?.id);
    hub.close();
    // while disconnected, the hub routes the case
    await accept(caseId);
    // reconnecting with the last id delivers what was missed, in order
    const resumed = await EventStream.open(t, token, created.id);
    const completed = await resumed.until((e) => e.event === 'task.completed' && e.data?.caseId === caseId);
    assert.ok(completed);
    assert.ok(resumed.seen.some((e) => e.event === 'task.claimed' && e.data?.caseId === caseId));
    assert.ok(!resumed.seen.some((e) => e.id === created.id));
    resumed.close();
    const stale = await EventStream.open(t, token, 'oldepoch-12');
    assert.ok(await stale.until((e) => e.event === 'reset'));
    stale.close();
  });

  it('releases a subscription when the client disconnects, and ends every stream on shutdown', async () => {
    const token = await t.login('jiaxing-etdz-office');
    const idle = t.platform.events.subscribers;
    const a = await EventStream.open(t, token);
    const b = await EventStream.open(t, token);
    assert.equal(t.platform.events.subscribers, idle + 2);
    a.close();
    for (let i = 0; i < 10_000 && t.platform.events.subscribers > idle + 1; i++)
      await new Promise((resolve) => setImmediate(resolve));
    assert.equal(t.platform.events.subscribers, idle + 1);
    // graceful shutdown closes the event bus first: the open stream ends, new ones are refused
    t.platform.events.close();
    assert.equal(await b.until(() => false), null);
    assert.equal(t.platform.events.subscribers, 0);
    const refused = await fetch(`${t.url}/api/v1/events/stream`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(refused.status, 409);
  });
});
