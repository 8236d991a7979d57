import type { Html } from 'mdast';
import type { LineIndex } from '../text/line-index';

/** An `<!-- ideas-… -->` comment, as markdownlint users know them. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  /** 0-based line of the comment's start. */
  line: number;
  /** 0-based line of the comment's end. */
  endLine: number;
}

const DIRECTIVE = /<!--\s*ideas-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;

/** The directives in one HTML node (comments outside code). */
export function directivesIn(node: Html, lines: LineIndex): Directive[] {
  if (!node.value.includes('ideas-')) return [];
  const offset = node.position?.start.offset ?? 0;
  return [...node.value.matchAll(DIRECTIVE)].map((m) => ({
    kind: m[1] as Directive['kind'],
    rules: m[2].split(/[\s,]+/).filter(Boolean),
    line: lines.positionAt(offset + m.index).line,
    endLine: lines.positionAt(offset + m.index + m[0].length).line,
  }));
}

const names = (directive: Directive, rule: string) => directive.rules.length === 0 || directive.rules.includes(rule);

/** Whether the directives turn `rule` off on `line`. */
export function isSuppressed(directives: Directive[], rule: string, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    if (d.kind === 'disable-next-line' && d.endLine + 1 === line && names(d, rule)) return true;
    if (d.kind === 'disable-line' && d.line <= line && line <= d.endLine && names(d, rule)) return true;
    if (d.line >= line) continue;
    if (d.kind === 'disable' && names(d, rule)) disabled = true;
    if (d.kind === 'enable' && names(d, rule)) disabled = false;
  }
  return disabled;
}
