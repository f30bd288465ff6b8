/** feelin's syntax tree of a FEEL expression as plain nodes (name, source text, children). */
import { parseExpression } from 'feelin';

export interface FeelNode {
  name: string;
  text: string;
  children: FeelNode[];
}

/** The tree of a FEEL expression (without Zeebe's `=`), or null when it does not parse. */
export function feelTree(expression: string): FeelNode | null {
  const stack: FeelNode[] = [{ name: 'root', text: '', children: [] }];
  let broken = false;
  parseExpression(expression, {}, 'camunda').iterate({
    enter(n) {
      if (n.type.isError) broken = true;
      const node: FeelNode = { name: n.type.name, text: expression.slice(n.from, n.to), children: [] };
      stack.at(-1)?.children.push(node);
      stack.push(node);
    },
    leave() {
      stack.pop();
    },
  });
  return broken ? null : (stack[0]?.children[0] ?? null);
}
