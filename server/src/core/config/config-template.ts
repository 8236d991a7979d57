import type { Node } from 'jsonc-parser';
import type { FieldKind, Template, TemplateField } from '../template/template';
import { longerThan, propertiesOf, readArray, type Report } from './json-node';

export const KINDS: readonly string[] = ['text', 'description', 'skills', 'mentors', 'issues', 'url', 'enum'] satisfies FieldKind[];
export const FIELD_KEYS: readonly string[] = ['label', 'aliases', 'kind', 'required', 'values', 'description', 'example'];

/** Presets hold five to ten fields; each field is looked for in every idea, so their number is bounded. */
export const MAX_FIELDS = 64;
/** Of aliases and of `values`, per field. */
export const MAX_NAMES = 64;
/** A label is a few words; each unknown label of a list is compared with every label and alias. */
export const MAX_LABEL_LENGTH = 200;

/** The `template` of a configuration: its fields, each value checked by its kind. */
export function readTemplate(value: Node, at: Report): Template | undefined {
  let fieldsNode: Node | undefined;
  for (const [key, keyNode, node] of value.type === 'object' ? propertiesOf(value) : []) {
    if (key === 'fields') fieldsNode = node;
    else at(keyNode, `unknown key "${key}" (expected fields)`);
  }
  if (fieldsNode?.type !== 'array') {
    at(value, 'must be an object with a "fields" array');
    return undefined;
  }
  const fields: TemplateField[] = [];
  for (const node of fieldsNode.children ?? []) {
    if (fields.length === MAX_FIELDS) {
      at(node, `holds more than ${MAX_FIELDS} fields; the rest are left out`);
      break;
    }
    const field = readField(node, at);
    if (field) fields.push(field);
  }
  if (fields.length === 0) {
    at(value, 'has no usable fields; the preset applies instead');
    return undefined;
  }
  return { name: 'config', fields, named: true };
}

/** One field; without a usable label it is left out, and a wrong value of another key falls back to its default. */
function readField(node: Node, at: Report): TemplateField | undefined {
  const given = new Map<string, Node>();
  for (const [key, keyNode, value] of node.type === 'object' ? propertiesOf(node) : []) {
    if (FIELD_KEYS.includes(key)) given.set(key, value);
    else at(keyNode, `unknown key "${key}" in a field (expected ${FIELD_KEYS.join(', ')})`);
  }
  const labelNode = given.get('label');
  const label = labelNode && readName(labelNode, at);
  if (label === undefined) {
    if (!labelNode) at(node, 'every field needs a "label" string');
    return undefined;
  }
  const atField: Report = (place, message) => at(place, `field "${label}": ${message}`);
  const field: TemplateField = { label, aliases: [], required: true, kind: 'text', description: `"${label}", as .ideasrc.json defines it.`, example: '' };
  for (const [key, value] of given) {
    switch (key) {
      case 'aliases':
        field.aliases = readArray(value, atField, 'aliases (strings)', MAX_NAMES, (item) => readName(item, atField)) ?? [];
        break;
      case 'kind':
        if (value.type === 'string' && KINDS.includes(value.value)) field.kind = value.value as FieldKind;
        else atField(value, `kind must be one of ${KINDS.join(', ')}`);
        break;
      case 'required':
        if (value.type === 'boolean') field.required = value.value;
        else atField(value, 'required must be true or false');
        break;
      case 'values': {
        const values = readArray(value, atField, 'values (strings)', MAX_NAMES, (item) => readValue(item, atField));
        if (values) field.values = values;
        break;
      }
      case 'description':
      case 'example':
        if (value.type === 'string') field[key] = value.value;
        else atField(value, `${key} must be a string`);
    }
  }
  return field;
}

/** A label or an alias: a string of a few words. */
function readName(node: Node, at: Report): string | undefined {
  if (node.type !== 'string' || node.value.trim() === '') at(node, 'a label must be a string of a few words');
  else if (longerThan(node.value, MAX_LABEL_LENGTH)) at(node, `a label is longer than ${MAX_LABEL_LENGTH} characters`);
  else return node.value;
  return undefined;
}

/** One of an `enum` field's values: a string, or a number taken as its digits. */
function readValue(node: Node, at: Report): string | undefined {
  if (node.type === 'string') return node.value;
  if (node.type === 'number') return String(node.value);
  at(node, 'a value must be a string or a number');
  return undefined;
}
