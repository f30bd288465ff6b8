import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FormValidator } from '../../runtime/cases/form-validator.js';
import type { JsonObject } from '../../runtime/common/json.js';
import { formFormats } from '../../runtime/forms/form-formats.js';
import { schemaErrors, type Schema } from '../../studio/src/forms/schema-check.js';
import { startTestServer, type TestServer } from '../api/test-server.js';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const jurisdictions = readdirSync('definitions').filter((d) => !d.startsWith('.') && !d.endsWith('.md'));

/** The files of `definitions/<j>/<folder>` ending in `suffix` (none when the folder is missing). */
function filesOf(j: string, folder: string, suffix: string): string[] {
  try {
    return readdirSync(join('definitions', j, folder))
      .filter((n) => n.endsWith(suffix))
      .map((n) => join('definitions', j, folder, n));
  } catch {
    return [];
  }
}

/** Every form schema a jurisdiction ships. */
function shippedForms(): [string, JsonObject][] {
  return jurisdictions.flatMap((j) =>
    filesOf(j, 'forms', '.schema.json').map((f): [string, JsonObject] => [f, json(f) as JsonObject]),
  );
}

/** Copies of each object without one of its keys, with a wrong type, and with an empty value. */
function mangled(found: unknown[]): unknown[] {
  return found.flatMap((d) => {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return [];
    const entries = Object.entries(d);
    return entries.flatMap(([k, v]) => [
      Object.fromEntries(entries.filter(([key]) => key !== k)),
      { ...d, [k]: typeof v === 'string' ? 12 : 'x'.repeat(3000) },
      { ...d, [k]: typeof v === 'string' ? '' : null },
    ]);
  });
}

/** Form data from every scenario (submissions and completed tasks), and mangled copies. */
function formSamples(): unknown[] {
  const found: unknown[] = [{}, null, 'x', [], { unknown: 1 }];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'data' && typeof value === 'object' && value !== null) found.push(value);
      visit(value);
    }
  };
  for (const j of jurisdictions) for (const f of filesOf(j, 'scenarios', '.json')) visit(json(f));
  const distinct = [...new Map(found.map((d) => [JSON.stringify(d), d])).values()];
  return [...distinct, ...mangled(distinct).filter((_, i) => i % 5 === 0)];
}

/** Every shipped mechanism, and mangled copies (the settings editor renders the mechanism schema). */
function mechanismSamples(): unknown[] {
  const mechanisms = jurisdictions.flatMap((j) => filesOf(j, '.', 'mechanism.json').map(json));
  // every 6th mangled copy: each check of a whole mechanism costs ~20 ms
  return [...mechanisms, ...mangled(mechanisms).filter((_, i) => i % 6 === 0)];
}

/** Whether ajv (the server) and the studio's interpreter accept `datum`, for each pair. */
function compare(schemas: [string, JsonObject][], data: unknown[]): number {
  const server = new FormValidator();
  let compared = 0;
  for (const [name, schema] of schemas)
    for (const datum of data) {
      let ajvValid = true;
      try {
        server.validate(schema, datum, '');
      } catch {
        ajvValid = false;
      }
      const studioValid = schemaErrors(schema as Schema, datum, schema as Schema, formFormats).length === 0;
      assert.equal(studioValid, ajvValid, `${name}: ${JSON.stringify(datum).slice(0, 300)}`);
      compared++;
    }
  return compared;
}

describe('Hostile CSP (finding 7): no eval in the studio, its forms still checked like the server checks them', () => {
  let t: TestServer;

  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it("given the studio's pages, when served, then the CSP allows scripts from this origin only, without 'unsafe-eval'", async () => {
    const res = await fetch(`${t.url}/api/v1/auth/demo-users`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    assert.equal(scripts.trim(), "'self'");
    assert.doesNotMatch(csp, /unsafe-eval/);
  });

  it("given every shipped form and the mechanism schema, when the studio's interpreter and the server's ajv check the same data, then they agree", () => {
    const mechanism = json('runtime/definitions/mechanism.schema.json') as JsonObject;
    const compared =
      compare(shippedForms(), formSamples()) +
      compare([['mechanism.schema.json', mechanism]], mechanismSamples());
    assert.ok(compared > 1000, `${compared} comparisons`);
  });
});
