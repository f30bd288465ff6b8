import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { jurisdictionRows, tableHeader } from '../../scripts/jurisdiction-table.js';

/**
 * README.md's jurisdictions table (between the `jurisdictions:begin` / `end` markers) must state what
 * the definitions say: regenerate it with `npx tsx scripts/jurisdiction-table.ts` when this fails.
 */
function readmeTable(): string[][] {
  const readme = readFileSync('README.md', 'utf8');
  const match = /<!-- jurisdictions:begin[^>]*-->([\s\S]*?)<!-- jurisdictions:end -->/.exec(readme);
  assert.ok(match, 'README.md has no <!-- jurisdictions:begin --> … <!-- jurisdictions:end --> block');
  return (match[1] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
}

describe('README jurisdictions table', () => {
  it('lists every jurisdiction folder with the facts of its mechanism.json and scenario count', () => {
    const [header, ...rows] = readmeTable();
    assert.deepEqual(header, tableHeader);
    assert.deepEqual(rows, jurisdictionRows('definitions'));
  });
});
