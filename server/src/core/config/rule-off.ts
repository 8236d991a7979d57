import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { modify, parseTree, type Edit as JsonEdit, type FormattingOptions, type Node, type ParseError } from 'jsonc-parser';
import type { TextEdit } from '../rules/finding';
import { LineIndex } from '../text/line-index';
import { refusal } from './bounds';
import { CONFIG_FILE, findConfig, readIfPresent } from './files';

/** Where "Turn off RULE in .ideasrc.json" writes: an existing file and its text, or one to create. */
export type RuleOffTarget = { file: string; exists: true; text: string } | { file: string; exists: false };

/**
 * The `.ideasrc.json` that turns a rule off for `path`: the nearest one up from it, the one the
 * linter reads; when there is none, a new one at the top of the workspace folder that holds
 * `path` (so it serves the folder's other lists too), else beside `path`. Undefined when the
 * nearest one is there but cannot be read.
 */
export function ruleOffTarget(path: string, folders: readonly string[], read: (file: string) => string | undefined = readIfPresent): RuleOffTarget | undefined {
  let found: { file: string; text: string } | undefined;
  const loaded = findConfig(path, (file) => {
    const text = read(file);
    if (text !== undefined) found = { file, text };
    return text;
  });
  if (found) return { ...found, exists: true };
  if (loaded.file) return undefined;
  const inside = folders.map((folder) => resolve(folder)).filter((folder) => isInside(folder, resolve(path)));
  const folder = inside.sort((a, b) => b.length - a.length)[0] ?? dirname(resolve(path));
  return { file: join(folder, CONFIG_FILE), exists: false };
}

const isInside = (folder: string, file: string) => {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * The edits that set `"rules": { RULE: "off" }` in a configuration's text with jsonc-parser's
 * `modify`: comments, the other keys and their formatting stay as written, and the indentation
 * and line breaks follow the file's. Undefined when the text is no JSON object that can take it
 * (broken JSON, a `rules` that is not an object, a file too long or too deep to read).
 */
export function ruleOffEdits(text: string, rule: string): TextEdit[] | undefined {
  if (text.trim() === '') return [{ range: new LineIndex(text).rangeOf(0, text.length), newText: newConfigText(rule, eolOf(text)) }];
  if (refusal(text)) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root?.type !== 'object') return undefined;
  const formatting = formattingOf(text);
  const unit = formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t';
  const eol = formatting.eol ?? '\n';
  const rules = propertyOf(root, 'rules');
  let edits: JsonEdit[] | undefined;
  if (!rules) edits = added(text, root, [`"rules": {`, `${unit}${JSON.stringify(rule)}: "off"`, '}'], eol);
  else if (rules.type !== 'object') return undefined;
  else {
    const setting = propertyOf(rules, rule);
    edits = setting ? [{ offset: setting.offset, length: setting.length, content: '"off"' }] : added(text, rules, [`${JSON.stringify(rule)}: "off"`], eol);
  }
  try {
    // jsonc-parser's own edit where the object does not keep one property a line.
    edits ??= modify(text, ['rules', rule], 'off', { formattingOptions: formatting });
  } catch {
    return undefined;
  }
  const lines = new LineIndex(text);
  return edits.map((edit) => ({ range: lines.rangeOf(edit.offset, edit.offset + edit.length), newText: edit.content }));
}

/** The value of an object's property. */
const propertyOf = (object: Node, key: string): Node | undefined => object.children?.find((property) => property.children?.[0]?.value === key)?.children?.[1];

/**
 * A property (its lines, indented relative to the object's properties) added after the object's
 * last property, on lines of its own after any comment that ends that property's line, indented
 * like it, with the comma JSON needs, and a trailing comma if the last property had one. Undefined
 * when the object is empty or does not keep its properties one a line: jsonc-parser lays it out.
 */
function added(text: string, object: Node, property: string[], eol: string): JsonEdit[] | undefined {
  const last = object.children?.at(-1);
  if (!last) return undefined;
  const lineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
  const indent = text.slice(lineStart, last.offset);
  if (lineStart <= object.offset || !/^[ \t]*$/.test(indent)) return undefined;
  const afterValue = last.offset + last.length;
  const lineEnd = afterValue + text.slice(afterValue).search(/\r?\n|$/);
  const rest = /^([ \t]*,)?[ \t]*(?:\/\/.*|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)?[ \t]*$/.exec(text.slice(afterValue, lineEnd));
  if (!rest) return undefined;
  const lines = property.map((line) => `${eol}${indent}${line}`).join('');
  const edits: JsonEdit[] = [{ offset: lineEnd, length: 0, content: `${lines}${rest[1] ? ',' : ''}` }];
  if (!rest[1]) edits.unshift({ offset: afterValue, length: 0, content: ',' });
  return edits;
}

/** A new `.ideasrc.json` that turns one rule off. */
export function newConfigText(rule: string, eol = '\n'): string {
  return `{${eol}  "rules": {${eol}    ${JSON.stringify(rule)}: "off"${eol}  }${eol}}${eol}`;
}

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** The file's own indentation (its first indented line's) and line break. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol: eolOf(text) };
  return { insertSpaces: true, tabSize: indent ? Math.min(indent.length, 8) : 2, eol: eolOf(text) };
}
