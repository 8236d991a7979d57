import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Severity } from '../rules/finding';
import { presets } from '../template/presets';
import { LineIndex } from '../text/line-index';
import { rules } from '../rules';
import type { FieldKind, Template, TemplateField } from '../template/template';
import type { TemplateOptions } from '../template/choice';

export type RuleSetting = Severity | 'off';

/** What `.ideasrc.json` may say; every part is optional. */
export interface Config extends TemplateOptions {
  rules?: Record<string, RuleSetting>;
  /** Globs (relative to the config's folder) of the files that are ideas lists. */
  files?: string[];
}

/** A problem in a config file, with its place: reported, never thrown. */
export interface ConfigProblem {
  file: string;
  line: number;
  character: number;
  message: string;
}

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const KINDS: readonly FieldKind[] = ['text', 'description', 'skills', 'mentors', 'issues', 'url', 'enum'];

/**
 * Parses and checks the text of a config file. A broken part is reported and left out; the rest
 * applies, so linting goes on with defaults where the config could not be read.
 */
export function parseConfig(text: string, file: string): { config: Config; problems: ConfigProblem[] } {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const report = (offset: number, message: string) => problems.push({ file, ...lines.positionAt(offset), message });
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) report(error.offset, `invalid JSON: ${describeParseError(printParseErrorCode(error.error))}`);
  const config: Config = {};
  if (!root) return { config, problems };
  if (root.type !== 'object') {
    report(root.offset, 'the configuration must be a JSON object');
    return { config, problems };
  }
  for (const property of root.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    const at = (message: string, node: Node = value) => report(node.offset, `${key}: ${message}`);
    switch (key) {
      case 'preset':
        if (value.type !== 'string') at('must be a string');
        else if (!presets[value.value]) at(`unknown preset "${value.value}" (expected ${Object.keys(presets).join(', ')})`);
        else config.preset = value.value;
        break;
      case 'useFileTemplate':
        if (value.type !== 'boolean') at('must be true or false');
        else config.useFileTemplate = value.value;
        break;
      case 'files':
        if (value.type !== 'array' || !value.children?.every((c) => c.type === 'string')) at('must be an array of glob strings');
        else config.files = getNodeValue(value);
        break;
      case 'rules':
        config.rules = readRules(value, at);
        break;
      case 'template': {
        const template = readTemplate(value, at);
        if (template) config.template = template;
        break;
      }
      default:
        report(keyNode.offset, `unknown setting "${key}" (expected preset, template, rules, files or useFileTemplate)`);
    }
  }
  return { config, problems };
}

function readRules(value: Node, at: (message: string, node?: Node) => void): Record<string, RuleSetting> | undefined {
  if (value.type !== 'object') {
    at('must be an object of rule ids to "off", "info", "warning" or "error"');
    return undefined;
  }
  const result: Record<string, RuleSetting> = {};
  for (const property of value.children ?? []) {
    const [idNode, setting] = property.children ?? [];
    if (!idNode || !setting) continue;
    const id = String(idNode.value);
    if (!rules.some((rule) => rule.id === id)) at(`unknown rule "${id}"`, idNode);
    else if (!SETTINGS.includes(setting.value)) at(`"${id}" must be "off", "info", "warning" or "error"`, setting);
    else result[id] = setting.value;
  }
  return result;
}

function readTemplate(value: Node, at: (message: string, node?: Node) => void): Template | undefined {
  const fieldsNode = value.type === 'object' ? value.children?.find((p) => p.children?.[0].value === 'fields')?.children?.[1] : undefined;
  if (!fieldsNode || fieldsNode.type !== 'array') {
    at('must be an object with a "fields" array');
    return undefined;
  }
  const fields: TemplateField[] = [];
  for (const node of fieldsNode.children ?? []) {
    const raw = getNodeValue(node) as Partial<TemplateField> | null;
    if (typeof raw !== 'object' || raw === null || typeof raw.label !== 'string' || raw.label.trim() === '') {
      at('every field needs a "label" string', node);
      continue;
    }
    if (raw.kind !== undefined && !KINDS.includes(raw.kind)) {
      at(`field "${raw.label}": kind must be one of ${KINDS.join(', ')}`, node);
      continue;
    }
    if (raw.aliases !== undefined && !(Array.isArray(raw.aliases) && raw.aliases.every((a) => typeof a === 'string'))) {
      at(`field "${raw.label}": aliases must be an array of strings`, node);
      continue;
    }
    fields.push({
      label: raw.label,
      aliases: raw.aliases ?? [],
      required: raw.required !== false,
      kind: raw.kind ?? 'text',
      ...(Array.isArray(raw.values) ? { values: raw.values.map(String) } : {}),
      description: typeof raw.description === 'string' ? raw.description : `"${raw.label}", as .ideasrc.json defines it.`,
      example: typeof raw.example === 'string' ? raw.example : '',
    });
  }
  if (fields.length === 0) {
    at('has no usable fields; the preset applies instead');
    return undefined;
  }
  return { name: 'config', fields, named: true };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
