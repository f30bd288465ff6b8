import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { ManualClock } from '../common/clock.js';
import { aCase, aTask } from '../store/conformance/case-fixtures.js';
import { aUser } from '../store/conformance/directory-fixtures.js';
import type { Mutation } from '../store/mutations.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { smtpChannel } from './channels/smtp-channel.js';
import { signature, webhookChannel } from './channels/webhook-channel.js';
import { DeliveryWorker } from './delivery-worker.js';
import { MessageService } from './message-service.js';
import { messagesFor } from './step-messages.js';
import { decodeMail, type ReceivedMail } from '../../tests/fixtures/mail-decoding.js';

/** A real SMTP server on loopback (smtp-server) that requires a login and keeps what it receives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; mails: ReceivedMail[] }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'platform' && auth.password === 'smtp-secret')
        callback(null, { user: 'platform' });
      else callback(new Error('bad login'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        mails.push(decodeMail(Buffer.concat(chunks).toString('utf8'), to));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, mails };
}

interface Hook {
  body: string;
  signature: string | undefined;
}

/** A real HTTP server standing in for an SMS gateway: answers `status()` and keeps every POST. */
async function startWebhook(status: () => number): Promise<{ server: Server; url: string; hooks: Hook[] }> {
  const hooks: Hook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hooks.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers['x-signature'] as string,
      });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, hooks };
}

const start = '2026-03-13T01:00:00.000Z';
const handlerUser = aUser({
  id: 'staff-1',
  displayName: '承办员王五',
  groups: ['handling'],
  roles: ['handler'],
});
const colleague = aUser({ id: 'staff-2', username: 'li.si', displayName: '李四', groups: ['handling'] });

/**
 * The notification outbox's delivery, against a real SMTP server and a real webhook receiver on
 * loopback, over a real SQLite store, with the injectable clock deciding when retries fall due.
 */
describe('message delivery: e-mail over SMTP and the webhook, retried, dead-lettered, sent once', () => {
  let dir: string;
  let store: SqliteStore;
  let clock: ManualClock;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let hookStatus = 200;
  let hook: Awaited<ReturnType<typeof startWebhook>>;
  const worker = (maxAttempts = 6) =>
    new DeliveryWorker({
      store,
      clock,
      channels: [
        smtpChannel({
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          user: 'platform',
          pass: 'smtp-secret',
          from: '企业服务平台 <noreply@example.gov.cn>',
        }),
        webhookChannel({ url: hook.url, secret: 'hook-secret' }),
      ],
      retry: { maxAttempts, firstBackoffMs: 60_000, maxBackoffMs: 3_600_000 },
      publicUrl: 'https://qifu.example.gov.cn/',
    });

  /** The step "a task opens for the handling group" as the notifying store writes it, committed. */
  const commitNewTask = async (): Promise<Mutation[]> => {
    const step: Mutation[] = [
      { kind: 'case.insert', record: aCase({ title: '用电问题' }) },
      { kind: 'task.insert', record: aTask({ name: '部门办理', candidateGroups: ['handling'] }) },
    ];
    const messages = await messagesFor(store, step, clock, { email: true, webhook: true });
    await store.transact([...step, ...messages]);
    return messages;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'delivery-'));
    store = SqliteStore.open({ file: join(dir, 'platform.db') });
    clock = new ManualClock(start);
    smtp = await startSmtp();
    hookStatus = 200;
    hook = await startWebhook(() => hookStatus);
    await store.transact([
      { kind: 'user.upsert', record: handlerUser },
      { kind: 'user.upsert', record: colleague },
      {
        kind: 'contact.set',
        record: { userId: 'staff-1', email: 'handler@example.org', mobile: '13900000000', updatedAt: start },
      },
    ]);
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await new Promise<void>((resolve) => hook.server.close(() => resolve()));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one message per group member and one delivery per reachable channel in the step; a replay adds none', async () => {
    // when a task opens for the handling group (both members; only staff-1 has an e-mail address)
    const written = await commitNewTask();
    // then each member has a message, staff-1 an e-mail and a webhook copy, staff-2 a webhook copy
    assert.deepEqual(
      written.map((m) => (m.kind === 'delivery.insert' ? `${m.record.channel}:${m.record.target}` : m.kind)),
      [
        'inboxMessage.insert',
        'email:handler@example.org',
        'webhook:webhook',
        'inboxMessage.insert',
        'webhook:webhook',
      ],
    );
    // when the same step is replayed, then nothing more is stored
    await commitNewTask();
    assert.equal((await store.messages.list({ recipient: 'staff-1' })).total, 1);
    assert.equal((await store.messages.deliveries({})).total, 3);
  });

  it('mails the handler in Chinese through the real SMTP server, once', async () => {
    // given the new task's deliveries
    await commitNewTask();
    // when the delivery worker runs
    assert.equal(await worker().runDue(), 3);
    // then the SMTP server received one mail for the handler, subject and body in Chinese
    assert.equal(smtp.mails.length, 1);
    const [mail] = smtp.mails;
    assert.deepEqual(mail?.to, ['handler@example.org']);
    assert.equal(mail?.subject, '新任务：部门办理');
    assert.match(mail?.from ?? '', /企业服务平台 <noreply@example\.gov\.cn>/);
    assert.match(mail?.text ?? '', /诉求「用电问题」有新的待办任务「部门办理」。/);
    assert.match(mail?.text ?? '', /查看详情：https:\/\/qifu\.example\.gov\.cn\/#\/messages\/msg_/);
    // and every delivery is sent; another round sends nothing again
    const sent = (await store.messages.deliveries({ state: 'sent' })).items;
    assert.equal(sent.length, 3);
    assert.ok(sent.every((d) => d.attempts === 1 && d.sentAt === start));
    assert.equal(await worker().runDue(), 0);
    assert.equal(smtp.mails.length, 1);
  });

  it('posts the message as signed JSON to the webhook, with the recipient by name and mobile', async () => {
    // given the new task's deliveries; when the worker runs
    await commitNewTask();
    await worker().runDue();
    // then the webhook received one POST per recipient, signed with HMAC-SHA256 of the raw body
    assert.equal(hook.hooks.length, 2);
    for (const h of hook.hooks) assert.equal(h.signature, signature('hook-secret', h.body));
    const bodies = hook.hooks.map((h) => JSON.parse(h.body) as Record<string, unknown>);
    const toHandler = bodies.find((b) => (b.recipient as { id: string }).id === 'staff-1');
    assert.equal(toHandler?.title, '新任务：部门办理');
    assert.equal(toHandler?.body, '诉求「用电问题」有新的待办任务「部门办理」。');
    assert.deepEqual(toHandler?.recipient, {
      id: 'staff-1',
      name: '承办员王五',
      mobile: '13900000000',
      email: 'handler@example.org',
    });
  });

  it('retries a failing webhook with doubling backoff, then dead-letters it; an admin retry sends it', async () => {
    // given a webhook that answers 500, and at most 3 attempts
    hookStatus = 500;
    await commitNewTask();
    const hooks = async () =>
      (await store.messages.deliveries({})).items.filter((d) => d.channel === 'webhook');
    // when the worker runs: every webhook copy fails once, retried a minute later
    await worker(3).runDue();
    for (const d of await hooks()) {
      assert.equal(d.state, 'pending');
      assert.equal(d.attempts, 1);
      assert.equal(d.nextAttemptAt, '2026-03-13T01:01:00.000Z');
      assert.equal(d.lastError, 'webhook answered HTTP 500');
    }
    // then nothing is due before that minute
    assert.equal(await worker(3).runDue(), 0);
    // when a minute passes: the second attempt fails, the next is two minutes later
    clock.advance(60_000);
    assert.equal(await worker(3).runDue(), 2);
    assert.ok(
      (await hooks()).every((d) => d.attempts === 2 && d.nextAttemptAt === '2026-03-13T01:03:00.000Z'),
    );
    // when the third attempt fails, then the copies are dead letters, listed for admins
    clock.advance(120_000);
    await worker(3).runDue();
    const dead = (await store.messages.deliveries({ state: 'dead' })).items;
    assert.equal(dead.length, 2);
    assert.ok(dead.every((d) => d.attempts === 3 && d.nextAttemptAt === null));
    assert.equal(hook.hooks.length, 6);
    // when the gateway is back and an admin retries one, then it is sent
    hookStatus = 200;
    await new MessageService({ store, clock }).retry(dead[0]!.id, 'hz');
    assert.equal(await worker(3).runDue(), 1);
    assert.equal((await store.messages.delivery(dead[0]!.id))?.state, 'sent');
  });

  it('sends each delivery once when two replicas drain the outbox at the same time', async () => {
    // given the new task's deliveries and two replicas' workers
    await commitNewTask();
    const [a, b] = [worker(), worker()];
    // when both run a round at once
    const [ra, rb] = await Promise.all([a.runDue(), b.runDue()]);
    // then the three deliveries were tried three times in all: one mail, two webhook posts
    assert.equal(ra + rb, 3);
    assert.equal(smtp.mails.length, 1);
    assert.equal(hook.hooks.length, 2);
  });
});
