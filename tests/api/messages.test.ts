import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventStream } from './event-stream-reader.js';
import { startTestServer, type TestServer } from './test-server.js';

interface Message {
  id: string;
  kind: string;
  caseId: string;
  taskId: string | null;
  title: string;
  body: string;
  readAt: string | null;
}
interface Task {
  id: string;
  caseId: string;
  urged: { count: number; lastMessage: string } | null;
}

/**
 * 消息中心 over real HTTP: a 催办 by the 企服办 reaches the handler as a message with an unread count
 * (live over the event stream), the inbox row carries the 催办 marker, and the urging rules hold —
 * a message is required, one urging per task per day (platform default, runtime/cases/urging.ts).
 */
describe('HTTP API: the message centre (站内信) and 催办', () => {
  let t: TestServer;
  let caseId: string;
  let task: Task;
  let office: string;
  let handler: string;
  const messages = async (token: string, query = '') =>
    (await t.call('GET', `/api/v1/messages${query}`, token)).body as { items: Message[]; total: number };
  const unread = async (token: string) =>
    (await t.call('GET', '/api/v1/messages/unread-count', token)).body.unread as number;
  const handlerTask = async () =>
    ((await t.call('GET', '/api/v1/tasks?scope=mine', handler)).body.items as Task[]).find(
      (x) => x.caseId === caseId,
    );

  before(async () => {
    // given a 嘉兴经开区 case accepted by the office and claimed by the handler (Friday 13 March)
    t = await startTestServer('2026-03-13T01:00:00.000Z');
    office = await t.login('jiaxing-etdz-office');
    handler = await t.login('jiaxing-etdz-handler');
    caseId = await t.submitCase(await t.login('jiaxing-etdz-ent'), 'website', '用电问题');
    const review = ((await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as Task[]).find(
      (x) => x.caseId === caseId,
    );
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const accepted = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(accepted.status, 200);
    const open = ((await t.call('GET', '/api/v1/tasks?scope=group', handler)).body.items as Task[]).find(
      (x) => x.caseId === caseId,
    );
    assert.ok(open);
    task = open;
    assert.equal((await t.call('POST', `/api/v1/tasks/${task.id}/claim`, handler)).status, 200);
  });
  after(() => t.close());

  it('tells the office of the new review task and the handlers of the task routed to them', async () => {
    // then each got a 新任务 message naming the task and the case, unread
    const hub = await messages(office);
    assert.ok(hub.items.some((m) => m.kind === 'task.created' && m.caseId === caseId && !m.readAt));
    const mine = (await messages(handler)).items.find((m) => m.kind === 'task.created');
    assert.ok(mine);
    assert.match(mine.body, /诉求「用电问题」有新的待办任务/);
    assert.equal(mine.taskId, task.id);
  });

  it('refuses an urging without a message, changing nothing', async () => {
    // when the office urges with an empty message
    const refused = await t.call('POST', `/api/v1/tasks/${task.id}/urge`, office, { message: '' });
    // then 400 names the field, and no urging is recorded
    assert.equal(refused.status, 400);
    assert.equal((refused.body.error as { details: { path: string }[] }).details[0]?.path, '/message');
    const blank = await t.call('POST', `/api/v1/tasks/${task.id}/urge`, office, { message: '   ' });
    assert.equal(blank.status, 400);
    assert.equal((await handlerTask())?.urged, null);
  });

  it('delivers an urging to the handler as message 第 1 次催办, live, with the marker on the inbox row', async () => {
    // given the handler's live stream and unread count
    const stream = await EventStream.open(t, handler);
    const before = await unread(handler);
    // when the office urges with a message, a minute later
    t.clock.advance(60_000);
    const urged = await t.call('POST', `/api/v1/tasks/${task.id}/urge`, office, {
      message: '请今天内答复企业',
    });
    assert.equal(urged.status, 202);
    // then the handler's stream announces the new unread count, only to them
    const live = await stream.until((e) => e.event === 'message.unread');
    stream.close();
    assert.deepEqual((live?.data?.message as { unread: number }).unread, before + 1);
    // and the message names the urging's number, who urged, and the words
    const [latest] = (await messages(handler, '?unread=true')).items;
    assert.equal(latest?.kind, 'urged');
    assert.equal(latest?.title, '催办：用电问题');
    assert.equal(latest?.body, '第 1 次催办（嘉兴经济技术开发区受理员）：请今天内答复企业');
    assert.equal(latest?.taskId, task.id);
    assert.equal(await unread(handler), before + 1);
    // and the inbox row shows the marker with the count and the message
    assert.deepEqual((await handlerTask())?.urged, {
      count: 1,
      lastAt: '2026-03-13T01:01:00.000Z',
      lastMessage: '请今天内答复企业',
    });
  });

  it('allows one urging per task per day; the next day it is 第 2 次', async () => {
    // when the office urges again the same Beijing day
    const again = await t.call('POST', `/api/v1/tasks/${task.id}/urge`, office, { message: '再次催办' });
    // then 409 urge_limit, nothing recorded
    assert.equal(again.status, 409);
    assert.equal((again.body.error as { code: string }).code, 'urge_limit');
    assert.equal((await handlerTask())?.urged?.count, 1);
    // when a day has passed (Saturday 14 March, Beijing)
    t.clock.advance(24 * 3600_000);
    office = await t.login('jiaxing-etdz-office');
    handler = await t.login('jiaxing-etdz-handler');
    const next = await t.call('POST', `/api/v1/tasks/${task.id}/urge`, office, { message: '再次催办' });
    // then it is accepted as the second urging
    assert.equal(next.status, 202);
    const [latest] = (await messages(handler)).items;
    assert.equal(latest?.body, '第 2 次催办（嘉兴经济技术开发区受理员）：再次催办');
    assert.equal((await handlerTask())?.urged?.count, 2);
  });

  it('marks one message read, then all; nobody else can read a message', async () => {
    // given the handler's unread messages
    const [first] = (await messages(handler, '?unread=true')).items;
    assert.ok(first);
    const count = await unread(handler);
    // when another user tries to read it, then 404 and it stays unread
    assert.equal((await t.call('POST', `/api/v1/messages/${first.id}/read`, office)).status, 404);
    // when the handler reads it
    const read = await t.call('POST', `/api/v1/messages/${first.id}/read`, handler);
    assert.equal(read.status, 200);
    assert.equal(read.body.readAt, t.clock.now().toISOString());
    assert.equal(await unread(handler), count - 1);
    // when the handler marks all read
    const all = await t.call('POST', '/api/v1/messages/read-all', handler);
    assert.deepEqual(all.body, { marked: count - 1, unread: 0 });
    assert.equal((await messages(handler, '?unread=true')).total, 0);
    assert.ok((await messages(handler)).total >= 3);
  });

  it('pages messages and keeps a contact for e-mail and SMS copies, validated', async () => {
    // when the handler reads one message per page
    const page = await messages(handler, '?limit=1&offset=1');
    assert.equal(page.items.length, 1);
    // when the handler sets a bad e-mail, then 400 names the field and nothing changes
    const bad = await t.call('PUT', '/api/v1/messages/contact', handler, { email: 'nope', mobile: null });
    assert.equal(bad.status, 400);
    assert.equal((bad.body.error as { details: { path: string }[] }).details[0]?.path, '/email');
    assert.deepEqual((await t.call('GET', '/api/v1/messages/contact', handler)).body, {
      email: null,
      mobile: null,
    });
    // when a valid contact is set, then it is kept
    const contact = { email: 'handler@example.org', mobile: '13900000000' };
    assert.equal((await t.call('PUT', '/api/v1/messages/contact', handler, contact)).status, 200);
    assert.deepEqual((await t.call('GET', '/api/v1/messages/contact', handler)).body, contact);
  });

  it('tells the enterprise that its request was answered (已答复), with the answer', async () => {
    // when the handler answers the urged task
    const done = await t.call('POST', `/api/v1/tasks/${task.id}/complete`, handler, {
      data: { answer: '已协调供电公司处理', resolution: 'solved' },
    });
    assert.equal(done.status, 200);
    // then the enterprise user who submitted it has an unread 已答复 message with the answer
    const ent = await t.login('jiaxing-etdz-ent');
    const answered = (await messages(ent)).items.find((m) => m.kind === 'answered');
    assert.equal(answered?.title, '您的诉求已答复：用电问题');
    assert.equal(answered?.body, '已协调供电公司处理');
    assert.equal(answered?.caseId, caseId);
    assert.equal(await unread(ent), 1);
    // and the answered task no longer carries an urge marker
    assert.equal(await handlerTask(), undefined);
  });
});
