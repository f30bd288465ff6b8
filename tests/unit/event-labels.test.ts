/**
 * 办理记录 in words: every kind of timeline entry — those the platform writes
 * (runtime/contract/event-kinds.ts) and those the shipped models record through `case.event`'s
 * `event` header — has a Chinese and an English label, so no screen shows `sla.paused` or
 * `reported-up`. A new kind without a label fails here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { platformEventKinds } from '../../runtime/contract/event-kinds.js';

/** A studio dictionary's `event.<kind>` labels (read as text: the studio is typed apart, for the browser). */
function eventLabels(lang: 'zh' | 'en'): Record<string, string> {
  const source = readFileSync(`studio/src/i18n/${lang}.ts`, 'utf8');
  return Object.fromEntries(
    [...source.matchAll(/^ {2}'(event\.[^']+)': '([^']*)',$/gm)].map((m) => [m[1], m[2]]),
  );
}
const zh = eventLabels('zh');
const en = eventLabels('en');

function bpmnFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) bpmnFiles(path, out);
    else if (name.endsWith('.bpmn')) out.push(path);
  }
  return out;
}

/** The `event` header values of every shipped model. */
function modelEventKinds(): string[] {
  const kinds = new Set<string>();
  for (const file of bpmnFiles('definitions'))
    for (const m of readFileSync(file, 'utf8').matchAll(/<zeebe:header key="event" value="([^"]+)"/g))
      kinds.add(m[1] ?? '');
  return [...kinds];
}

const has = (dict: Record<string, string>, kind: string) => Object.hasOwn(dict, `event.${kind}`);

test('given every event kind the platform writes, then zh and en name it', () => {
  const missing = platformEventKinds.filter((k) => !has(zh, k) || !has(en, k));
  assert.deepEqual(missing, [], `no label for: ${missing.join(', ')}`);
});

test('given every event kind a shipped model records, then zh and en name it', () => {
  const kinds = modelEventKinds();
  assert.ok(kinds.includes('reported-up') && kinds.includes('first-responder.assigned'));
  const missing = kinds.filter((k) => !has(zh, k) || !has(en, k));
  assert.deepEqual(missing, [], `no label for: ${missing.join(', ')}`);
});

test('given a zh event label, then it is Chinese words, not a key', () => {
  for (const kind of [...platformEventKinds, ...modelEventKinds()])
    assert.doesNotMatch(zh[`event.${kind}`] ?? '', /[a-z]{2,}/, kind);
});
