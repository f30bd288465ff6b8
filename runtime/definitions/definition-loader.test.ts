import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DefinitionError } from '../common/errors.js';
import { listDefinitionFolders, loadDefinitionFolder } from './definition-loader.js';
import { minimalFolder } from './validate/fixtures/minimal-bundle.js';

void test('loads mechanism, processes and forms; the jurisdiction is the folder name', async () => {
  // given the minimal fixture folder
  // when it is loaded
  const bundle = await loadDefinitionFolder(minimalFolder);
  // then every file is there, forms keyed by file name, ui defaulting to {}
  assert.equal(bundle.jurisdiction, 'minimal');
  assert.deepEqual(
    bundle.processes.map((p) => p.name),
    ['minimal-case'],
  );
  assert.deepEqual(
    bundle.forms.map((f) => f.key),
    ['handle-request', 'intake'],
  );
  assert.deepEqual(bundle.forms.find((f) => f.key === 'handle-request')?.ui, {});
  assert.deepEqual(bundle.forms.find((f) => f.key === 'intake')?.ui, { description: { widget: 'textarea' } });
});

void test('unparsable JSON fails with a DefinitionError naming the file', async () => {
  // given a folder whose form schema is not JSON and whose mechanism is missing
  const dir = await mkdtemp(join(tmpdir(), 'defs-'));
  try {
    await mkdir(join(dir, 'forms'));
    await writeFile(join(dir, 'forms', 'intake.schema.json'), '{ "type": ');
    // when it is loaded
    const error = await loadDefinitionFolder(dir).then(
      () => null,
      (e: unknown) => e,
    );
    // then both files are named with their reason
    assert.ok(error instanceof DefinitionError);
    assert.deepEqual(
      error.details.map((d) => d.path),
      ['mechanism.json', 'forms/intake.schema.json'],
    );
    assert.match(error.details[1]?.reason ?? '', /^invalid JSON: /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

void test('lists only subfolders that hold a mechanism.json', async () => {
  // given a root with one definition folder, one other folder and a stray file
  const root = await mkdtemp(join(tmpdir(), 'defs-root-'));
  try {
    await mkdir(join(root, 'pudong'));
    await writeFile(join(root, 'pudong', 'mechanism.json'), '{}');
    await mkdir(join(root, 'drafts'));
    await writeFile(join(root, 'README.md'), '# definitions');
    // when the folders are listed
    const folders = await listDefinitionFolders(root);
    // then only the definition folder is returned, as a path
    assert.deepEqual(folders, [join(root, 'pudong')]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
