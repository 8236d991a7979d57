import type { Html } from 'mdast';
import type { Anchor } from '../text/anchored-range';
import type { LineIndex } from '../text/line-index';
import type { Range } from '../text/range';
import { work } from '../text/work';

/** An `<!-- ideas-… -->` comment, as markdownlint users know them. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  /** The comment, from `<!--` to `-->`. */
  range: Range;
}

/*
 * `<!-- ideas-disable rule, rule -->`, up to the comment's first `>`, which must close it: what
 * `/<!--\s*ideas-(…)\b([^>]*?)\s*-->/g` finds, without its costs. That pattern tries every split of
 * the blanks before `-->`, and each `<!--` with no `>` after it reads to the end of the text; so only
 * the text up to the last `>` is searched, where every try that gets past `ideas-` ends in a match.
 */
const DIRECTIVE = /<!--\s*ideas-(disable-next-line|disable-line|disable|enable)\b([^>]*)>/g;

/** The directives in one HTML node (comments outside code), their ranges moving with `anchor`. */
export function directivesIn(node: Html, lines: LineIndex, anchor: Anchor): Directive[] {
  if (!node.value.includes('ideas-')) return [];
  const offset = node.position?.start.offset ?? 0;
  work(node.value.length);
  const searched = node.value.slice(0, node.value.lastIndexOf('>') + 1);
  return [...searched.matchAll(DIRECTIVE)].flatMap((m) =>
    m[2].endsWith('--')
      ? [
          {
            kind: m[1] as Directive['kind'],
            rules: m[2].slice(0, -2).split(/[\s,]+/).filter(Boolean),
            range: lines.rangeOf(offset + m.index, offset + m.index + m[0].length, anchor),
          },
        ]
      : [],
  );
}

const names = (directive: Directive, rule: string) => directive.rules.length === 0 || directive.rules.includes(rule);

/** Whether the directives turn `rule` off on `line`. */
export function isSuppressed(directives: Directive[], rule: string, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    const start = d.range.start.line;
    const end = d.range.end.line;
    if (d.kind === 'disable-next-line' && end + 1 === line && names(d, rule)) return true;
    if (d.kind === 'disable-line' && start <= line && line <= end && names(d, rule)) return true;
    if (start >= line) continue;
    if (d.kind === 'disable' && names(d, rule)) disabled = true;
    if (d.kind === 'enable' && names(d, rule)) disabled = false;
  }
  return disabled;
}
