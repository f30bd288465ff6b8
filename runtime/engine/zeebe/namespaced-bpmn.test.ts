import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileProcessModel } from '../embedded/process-model.js';
import { namespaceBpmn } from './namespaced-bpmn.js';

const ns = 'huzhou.0123456789abcdef';

describe('namespaceBpmn: what the Zeebe adapter deploys (the broker resolves process ids globally)', () => {
  it("prefixes the process id, its diagram plane and every static call of the jurisdiction's request", async () => {
    // given 湖州's request process, which calls four shared building blocks
    const xml = readFileSync('definitions/huzhou/processes/huzhou-request.bpmn', 'utf8');
    // when namespaced
    const out = namespaceBpmn(xml, ns);
    // then the process and its plane carry the namespace, and so do the called process ids
    const model = await compileProcessModel(out);
    assert.equal(model.processId, `${ns}.huzhou-request`);
    assert.match(out, new RegExp(`bpmnElement="${ns.replace('.', '\\.')}\\.huzhou-request"`));
    const called = [...model.elements.values()].map((e) => e.calledProcessId).filter(Boolean);
    assert.ok(called.length >= 4);
    assert.ok(
      called.every((c) => c?.startsWith(`${ns}.shared-`)),
      JSON.stringify(called),
    );
    // and element ids are untouched (jobs and tasks name the same elements)
    const original = await compileProcessModel(xml);
    assert.deepEqual([...model.elements.keys()].sort(), [...original.elements.keys()].sort());
  });

  it('turns a FEEL calledElement into a namespaced expression', () => {
    const xml = readFileSync('runtime/engine/embedded/fixtures/call-parent.bpmn', 'utf8');
    const out = namespaceBpmn(xml, ns);
    assert.match(out, /processId="= &quot;huzhou\.0123456789abcdef\.&quot; \+ \(childProcess\)"/);
  });

  it('leaves the XML alone without a namespace', () => {
    const xml = '<bpmn:process id="p"><zeebe:calledElement processId="q" /></bpmn:process>';
    assert.equal(namespaceBpmn(xml, ''), xml);
  });
});
