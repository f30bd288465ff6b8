/**
 * Chinese first, one dictionary: the studio's screens take their words from studio/src/i18n (zh and en,
 * completeness checked by the compiler), so no .tsx file renders a hard-coded word — neither JSX text
 * nor a user-visible attribute (title, placeholder, aria-label, alt, label) written as a literal.
 * Language names in the language switch and the logo glyph are the only words allowed in place.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const studio = join(process.cwd(), 'studio/src');
const visibleAttributes = new Set([
  'title',
  'placeholder',
  'aria-label',
  'alt',
  'label',
  'okText',
  'cancelText',
]);
/** Words that are not translated: language names shown in their own language, the logo glyph. */
const allowed = new Set(['中文', 'English', '企']);
const word = /[A-Za-z]{2,}|[\u4e00-\u9fff]/;

function tsxFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsxFiles(path, out);
    else if (name.endsWith('.tsx')) out.push(path);
  }
  return out;
}

function hardCodedWords(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const note = (node: ts.Node, text: string) => {
    const trimmed = text.trim();
    if (word.test(trimmed) && !allowed.has(trimmed)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(process.cwd(), path)}:${line + 1} ${JSON.stringify(trimmed)}`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) note(node, node.text);
    if (ts.isJsxAttribute(node) && visibleAttributes.has(node.name.getText(source))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) note(init, init.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('given the studio sources, when their JSX is read, then no screen renders a word outside the dictionaries', () => {
  // Given every .tsx file of the studio
  const files = tsxFiles(studio);
  assert.ok(files.length > 50, `expected the studio's screens, found ${files.length} files`);
  // When the JSX text and visible attributes are collected
  const words = files.flatMap(hardCodedWords);
  // Then none is a literal word
  assert.deepEqual(words, []);
});
