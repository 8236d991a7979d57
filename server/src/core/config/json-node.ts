import type { Node } from 'jsonc-parser';

/** Reports a problem at a node of a configuration's tree. */
export type Report = (node: Node, message: string) => void;

/** The properties of an object node, as key and value nodes; one cut short by broken JSON is skipped. */
export function propertiesOf(node: Node): [key: string, keyNode: Node, value: Node][] {
  const properties: [string, Node, Node][] = [];
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.type === 'string' && value) properties.push([keyNode.value, keyNode, value]);
  }
  return properties;
}

/**
 * The strings `read` takes from an array node, at most `max` of them. `read` reports an item it
 * refuses; an array that is not one, or is too long, is reported here.
 */
export function readArray(node: Node, report: Report, what: string, max: number, read: (item: Node) => string | undefined): string[] | undefined {
  if (node.type !== 'array') {
    report(node, `must be an array of ${what}`);
    return undefined;
  }
  const items: string[] = [];
  for (const item of node.children ?? []) {
    if (items.length === max) {
      report(item, `holds more than ${max} ${what}; the rest are left out`);
      break;
    }
    const value = read(item);
    if (value !== undefined) items.push(value);
  }
  return items;
}

/**
 * Whether a string has more than `max` characters, counted as JSON Schema's `maxLength` counts
 * them (code points: a pair of surrogates is one), so the schema and the loader agree.
 */
export function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false;
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count > max;
}
