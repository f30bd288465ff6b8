import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { jurisdictionRows, tableHeader } from '../../scripts/jurisdiction-table.js';
import { jurisdictionFolders, rulesBegin, rulesEnd, rulesSection } from '../../scripts/jurisdiction-rules.js';

/**
 * README.md's jurisdictions table (between the `jurisdictions:begin` / `end` markers) must state what
 * the definitions say: regenerate it with `npx tsx scripts/jurisdiction-table.ts` when this fails.
 * Each jurisdiction's README carries its rules, forms and scenarios with their sources between
 * `rules:begin` / `rules:end`: regenerate with `npx tsx scripts/jurisdiction-rules.ts`.
 */
function tableRows(block: string): string[][] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

/** A Markdown block as Prettier may lay it out: table cells trimmed, other lines trimmed, blanks dropped. */
function normalized(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^\|[\s:|-]+\|$/.test(line))
    .map((line) => (line.startsWith('|') ? JSON.stringify(tableRows(line)[0]) : line));
}

function readmeTable(): string[][] {
  const readme = readFileSync('README.md', 'utf8');
  const match = /<!-- jurisdictions:begin[^>]*-->([\s\S]*?)<!-- jurisdictions:end -->/.exec(readme);
  assert.ok(match, 'README.md has no <!-- jurisdictions:begin --> … <!-- jurisdictions:end --> block');
  return tableRows(match[1] ?? '');
}

describe('README jurisdictions table', () => {
  it('lists every jurisdiction folder with the facts of its mechanism.json and scenario count', () => {
    const [header, ...rows] = readmeTable();
    assert.deepEqual(header, tableHeader);
    assert.deepEqual(rows, jurisdictionRows('definitions'));
  });
});

describe('jurisdiction READMEs: rules and where they come from', () => {
  for (const folder of jurisdictionFolders('definitions')) {
    it(`${folder}/README.md states every rule, form and scenario with its source`, () => {
      const readme = readFileSync(join(folder, 'README.md'), 'utf8');
      const start = readme.indexOf(rulesBegin);
      const end = readme.indexOf(rulesEnd);
      assert.ok(start >= 0 && end > start, `${folder}/README.md has no generated rules block`);
      assert.deepEqual(
        normalized(readme.slice(start + rulesBegin.length, end)),
        normalized(rulesSection(folder)),
      );
    });
  }
});
