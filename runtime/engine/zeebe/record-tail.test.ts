import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RecordTail } from './record-tail.js';

const line = (key: number, title = '') =>
  `${JSON.stringify({ key, position: key, timestamp: 0, valueType: 'VARIABLE', intent: 'CREATED', value: { title } })}\n`;

void describe('RecordTail', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'record-tail-'));
    file = join(dir, 'records.jsonl');
    writeFileSync(file, line(1));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  void it('reads whole lines only; a line being written (cut inside a Chinese character) waits', async () => {
    const tail = new RecordTail(file);
    await tail.seek(0);
    const whole = line(2, '用地指标');
    const bytes = Buffer.from(whole, 'utf8');
    const cut = bytes.indexOf(Buffer.from('地', 'utf8')) + 1; // inside the 3-byte character
    appendFileSync(file, bytes.subarray(0, cut));
    assert.deepEqual(
      (await tail.read()).map((r) => r.key),
      [1],
    );
    assert.equal(tail.position, Buffer.byteLength(line(1)));
    appendFileSync(file, bytes.subarray(cut));
    const [record] = await tail.read();
    assert.equal(record?.value['title'], '用地指标');
    assert.equal(tail.position, Buffer.byteLength(line(1) + whole));
  });

  void it('resumes at a stored position; a shorter (replaced) file is read from the start', async () => {
    appendFileSync(file, line(2));
    const resumed = new RecordTail(file);
    assert.equal(await resumed.seek(Buffer.byteLength(line(1))), true);
    assert.deepEqual(
      (await resumed.read()).map((r) => r.key),
      [2],
    );
    const replaced = new RecordTail(file);
    assert.equal(await replaced.seek(10_000), false);
    assert.deepEqual(
      (await replaced.read()).map((r) => r.key),
      [1, 2],
    );
  });

  void it('skips what a new store never saw', async () => {
    const tail = new RecordTail(file);
    await tail.skipExisting();
    appendFileSync(file, line(3));
    assert.deepEqual(
      (await tail.read()).map((r) => r.key),
      [3],
    );
  });
});
