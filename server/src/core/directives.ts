import type { Root } from 'mdast';
import type { LineIndex } from './range';
import { walk } from './walk';

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

/** The directives in HTML comments anywhere in the document (not in code). */
export function findDirectives(tree: Root, lines: LineIndex): Directive[] {
  const found: Directive[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'html' || !node.value.includes('ideas-')) continue;
    const offset = node.position?.start.offset ?? 0;
    for (const m of node.value.matchAll(DIRECTIVE)) {
      found.push({
        kind: m[1] as Directive['kind'],
        rules: m[2].split(/[\s,]+/).filter(Boolean),
        line: lines.positionAt(offset + m.index).line,
        endLine: lines.positionAt(offset + m.index + m[0].length).line,
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
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
