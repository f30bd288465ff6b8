/**
 * The architecture rules in eslint.config.js prove themselves: a forbidden import planted in every
 * runtime folder (server, studio, an adapter, a runtime folder outside its layer), in server/ (an
 * adapter) and in the studio (runtime) must fail lint, and an allowed one must pass. Planted files are
 * linted as text under their would-be path (never written), without type information.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

type Layers = Record<string, string[]>;

const root = process.cwd();
const config = (await import(pathToFileURL(join(root, 'eslint.config.js')).href)) as {
  runtimeLayers: Layers;
  compositionRoot: string;
  useCaseFolders: string[];
};
const layers = config.runtimeLayers;
const planted = '__planted__.ts';
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: [`**/${planted}`], ...tseslint.configs.disableTypeChecked }],
});

const runtimeFolders = readdirSync(join(root, 'runtime'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Messages of no-restricted-imports for `import` of `target` from a file planted at `path`. */
async function restrictions(path: string, target: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${target}';\nexport const y = x;\n`, {
    filePath: join(root, path),
  });
  assert.ok(result, `no lint result for ${path}`);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The folders bottom-up (each after everything it imports), or the folders caught in a cycle. */
function layerOrder(table: Layers): string[] | { cycle: string[] } {
  const placed: string[] = [];
  let remaining = Object.keys(table);
  while (remaining.length > 0) {
    const ready = remaining.filter((f) => (table[f] ?? []).every((dep) => placed.includes(dep)));
    if (ready.length === 0) return { cycle: remaining };
    placed.push(...ready);
    remaining = remaining.filter((f) => !ready.includes(f));
  }
  return placed;
}

describe('architecture lint', () => {
  test('every runtime folder has a layer entry', () => {
    assert.deepEqual(Object.keys(layers).sort(), runtimeFolders);
  });

  test('the layers form no cycle: every folder stands above the folders it may import', () => {
    const order = layerOrder(layers);
    assert.ok(Array.isArray(order), `a cycle among ${'cycle' in order ? order.cycle.join(', ') : ''}`);
  });

  test('the cycle check sees a cycle', () => {
    assert.deepEqual(layerOrder({ a: ['b'], b: ['c'], c: [] }), ['c', 'b', 'a']);
    assert.deepEqual(layerOrder({ a: ['b'], b: ['a'], c: [] }), { cycle: ['a', 'b'] });
  });

  for (const folder of runtimeFolders) {
    test(`runtime/${folder}: server, studio, adapters and folders outside its layer are refused`, async () => {
      const at = `runtime/${folder}/${planted}`;
      assert.notDeepEqual(await restrictions(at, '../../server/app.js'), [], 'server import');
      assert.notDeepEqual(await restrictions(at, '../../studio/src/main.js'), [], 'studio import');
      const allowed = layers[folder];
      assert.ok(allowed, `runtime/${folder} has no layer entry`);
      for (const adapter of ['../store/sqlite/sqlite-store.js', '../engine/embedded/embedded-engine.js']) {
        const found = await restrictions(at, adapter);
        // The composition root names adapters by design; no other folder may.
        if (folder === config.compositionRoot) assert.deepEqual(found, [], `adapter import ${adapter}`);
        else assert.notDeepEqual(found, [], `adapter import ${adapter}`);
      }
      for (const other of runtimeFolders.filter((f) => f !== folder)) {
        const found = await restrictions(at, `../${other}/index.js`);
        if (allowed.includes(other)) assert.deepEqual(found, [], `allowed import of ${other}`);
        else assert.notDeepEqual(found, [], `forbidden import of ${other}`);
      }
    });
  }

  /** Messages of no-restricted-syntax for `source` planted at `path`. */
  async function syntaxRestrictions(path: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: join(root, path) });
    assert.ok(result, `no lint result for ${path}`);
    return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  const storeHeader = "import type { Store } from '../store/store.js';\n";
  for (const folder of config.useCaseFolders) {
    test(`runtime/${folder}: a use case takes the repositories it uses, not the whole Store`, async () => {
      const at = `runtime/${folder}/${planted}`;
      for (const whole of [
        'export function f(store: Store) { return store; }\n',
        'export interface Deps { store: Store }\n',
        'export class S { constructor(private readonly store: Store) {} }\n',
      ]) {
        assert.notDeepEqual(await syntaxRestrictions(at, storeHeader + whole), [], whole);
      }
      const narrow = "export function f(store: Pick<Store, 'cases' | 'transact'>) { return store; }\n";
      assert.deepEqual(await syntaxRestrictions(at, storeHeader + narrow), []);
    });
  }

  test("an adapter never names the other port's adapter", async () => {
    assert.notDeepEqual(
      await restrictions(`runtime/store/sqlite/${planted}`, '../../engine/embedded/embedded-engine.js'),
      [],
    );
    assert.notDeepEqual(
      await restrictions(`runtime/engine/embedded/${planted}`, '../../store/sqlite/sqlite-store.js'),
      [],
    );
  });

  test('server names no adapter; the studio reaches runtime only for the shared form formats', async () => {
    assert.notDeepEqual(
      await restrictions(`server/routes/${planted}`, '../../runtime/store/sqlite/sqlite-store.js'),
      [],
    );
    assert.deepEqual(await restrictions(`server/routes/${planted}`, '../../runtime/store/store.js'), []);
    assert.notDeepEqual(
      await restrictions(`studio/src/api/${planted}`, '../../../runtime/store/store.js'),
      [],
    );
    for (const shared of ['../../../runtime/forms/form-formats', '../../../runtime/forms/form-formats.js']) {
      assert.deepEqual(await restrictions(`studio/src/api/${planted}`, shared), [], shared);
    }
  });
});
