import type { Nodes, Root } from 'mdast';

/** Every node of the tree in document order; iterative, so deep nesting cannot overflow the stack. */
export function* walk(tree: Root): Generator<Nodes> {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
