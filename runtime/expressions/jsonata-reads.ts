/**
 * The input fields a JSONata rule reads: the first two steps of every absolute path (`data.matterType`
 * → `data`, `matterType`). Steps after those, filters and predicates are relative to what the path
 * selected and are not reads of the input.
 */
import jsonata from 'jsonata';
import type { VariableRead } from './feel-reads.js';

interface AstNode {
  type?: string;
  value?: unknown;
  steps?: AstNode[];
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function visit(node: AstNode, out: VariableRead[]): void {
  if (node.type === 'path' && Array.isArray(node.steps)) {
    const [first, second] = node.steps;
    if (first?.type === 'name' && typeof first.value === 'string') {
      const read: VariableRead = { name: first.value };
      if (second?.type === 'name' && typeof second.value === 'string') read.property = second.value;
      out.push(read);
    } else if (first) visit(first, out);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'stages' || key === 'predicate' || key === 'group') continue;
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child, out);
  }
}

/** The input fields a JSONata expression reads; null when it does not compile. */
export function jsonataReads(expression: string): VariableRead[] | null {
  let ast: AstNode;
  try {
    ast = jsonata(expression).ast() as unknown as AstNode;
  } catch {
    return null;
  }
  const out: VariableRead[] = [];
  visit(ast, out);
  return out;
}
