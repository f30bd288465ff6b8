/**
 * The process variables a FEEL expression reads: names it does not bind itself (`for x in`,
 * `some x in`, function parameters, earlier entries of its own context), each with the property
 * path read below it (`data.matterType` → `data`, `matterType`). Names inside a filter's condition
 * are the list items' own fields and are not reads of variables.
 */
import { feelTree, type FeelNode } from './feel-tree.js';

export interface VariableRead {
  name: string;
  /** The first property read below the variable, if any (`data.matterType` → `matterType`). */
  property?: string;
}

function identifiers(node: FeelNode | undefined): string {
  return node ? node.text.replace(/\s+/g, ' ').trim() : '';
}

function pathRead(node: FeelNode): VariableRead | null {
  const [base, , property] = node.children;
  if (!base) return null;
  if (base.name === 'VariableName') {
    const read: VariableRead = { name: identifiers(base) };
    if (property?.name === 'PathName') read.property = identifiers(property);
    return read;
  }
  return null;
}

function visit(node: FeelNode, bound: ReadonlySet<string>, out: VariableRead[]): void {
  switch (node.name) {
    case 'VariableName':
      if (!bound.has(identifiers(node))) out.push({ name: identifiers(node) });
      return;
    case 'PathExpression': {
      const read = pathRead(node);
      if (read) {
        if (!bound.has(read.name)) out.push(read);
        return;
      }
      return visit(node.children[0] as FeelNode, bound, out);
    }
    case 'FunctionInvocation':
      return node.children.slice(1).forEach((c) => visit(c, bound, out));
    case 'FilterExpression':
      return visit(node.children[0] as FeelNode, bound, out);
    case 'Type':
    case 'Key':
      return;
    case 'ForExpression':
    case 'QuantifiedExpression':
      return visitIterations(node, bound, out);
    case 'FunctionDefinition': {
      const params = new Set(bound);
      for (const p of descendants(node, 'ParameterName')) params.add(identifiers(p));
      const body = node.children.find((c) => c.name === 'FunctionBody');
      if (body) visit(body, params, out);
      return;
    }
    case 'Context': {
      const inner = new Set(bound);
      for (const entry of node.children.filter((c) => c.name === 'ContextEntry')) {
        entry.children.filter((c) => c.name !== 'Key').forEach((c) => visit(c, inner, out));
        inner.add(identifiers(entry.children.find((c) => c.name === 'Key')).replace(/^"|"$/g, ''));
      }
      return;
    }
    default:
      node.children.forEach((c) => visit(c, bound, out));
  }
}

/** `for a in xs, b in ys return …`: each iteration context is read before its name is bound. */
function visitIterations(node: FeelNode, bound: ReadonlySet<string>, out: VariableRead[]): void {
  const inner = new Set(bound);
  for (const child of node.children) {
    if (child.name === 'InExpressions') {
      for (const inExpression of child.children.filter((c) => c.name === 'InExpression')) {
        const context = inExpression.children.find((c) => c.name === 'IterationContext');
        if (context) visit(context, inner, out);
        inner.add(identifiers(inExpression.children.find((c) => c.name === 'Name')));
      }
    } else visit(child, inner, out);
  }
}

function descendants(node: FeelNode, name: string): FeelNode[] {
  return node.children.flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

/** The variables a FEEL expression (without `=`) reads; null when it does not parse. */
export function feelReads(expression: string): VariableRead[] | null {
  const root = feelTree(expression);
  if (!root) return null;
  const out: VariableRead[] = [];
  visit(root, new Set(), out);
  return out;
}
