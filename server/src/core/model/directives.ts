import type { Html } from 'mdast';
import type { Anchor } from '../text/anchored-range';
import type { LineIndex } from '../text/line-index';
import type { Range } from '../text/range';
import { firstFromLine } from '../text/sorted';
import { work } from '../text/work';

/**
 * An `<!-- ideas-… -->` comment, as markdownlint users know them:
 * - `disable-line` silences the line it stands on (written at the end of a list item's line, it
 *   keeps the list whole);
 * - `disable-next-line` the line after it;
 * - `disable-idea` everything under the next heading, down to the next heading at its level or
 *   shallower: written on the line before an idea's heading, the whole idea;
 * - `disable` … `enable` the lines between them.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-idea';
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
const DIRECTIVE = /<!--\s*ideas-(disable-next-line|disable-line|disable-idea|disable|enable)\b([^>]*)>/g;

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

/** One directive comment, whole. */
const WHOLE_DIRECTIVE = /^<!--\s*ideas-(?:disable-next-line|disable-line|disable-idea|disable|enable)\b[^>]*-->$/;

/**
 * Where a value that ends with a directive comment (`- Mentor(s): Ana @ana <!-- ideas-disable-line
 * mentor-handle -->`) ends without it and the blanks before it; `end` when it ends otherwise. The
 * comment silences rules; it is no part of what the field says.
 */
export function beforeTrailingDirective(text: string, start: number, end: number): number {
  if (end - start < 7 || !text.startsWith('-->', end - 3)) return end;
  const open = text.slice(start, end - 3).lastIndexOf('<!--');
  if (open < 0 || !WHOLE_DIRECTIVE.test(text.slice(start + open, end))) return end;
  let at = start + open;
  while (at > start && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}

const names = (directive: Directive, rule: string) => directive.rules.length === 0 || directive.rules.includes(rule);

/** What a `disable-idea` needs of a heading (the model's `Heading`, which names this file's type). */
interface HeadingLine {
  depth: number;
  range: Range;
}

/** Lines `from` to `to` (inclusive) where `directive`'s rules are off: a `disable-idea`'s reach. */
interface Span {
  directive: Directive;
  from: number;
  to: number;
}

/**
 * Whether the directives of a document turn a rule off on a line. The reach of each
 * `disable-idea` (it depends on the headings after it) is worked out once, here.
 */
export function suppressor({ directives, headings }: { directives: Directive[]; headings: readonly HeadingLine[] }): (rule: string, line: number) => boolean {
  const ideaWide = directives.filter((d) => d.kind === 'disable-idea');
  if (ideaWide.length === 0) return (rule, line) => isSuppressed(directives, rule, line);
  const ends = new Map<number, number>();
  const spans = ideaWide.map((d) => spanOf(d, headings, ends));
  return (rule, line) => spans.some(({ directive, from, to }) => from <= line && line <= to && names(directive, rule)) || isSuppressed(directives, rule, line);
}

/**
 * From the directive to the end of the section of the first heading that starts on its line or
 * after it. `ends` keeps each heading's last line: a heading's section is scanned once, and each
 * heading lies in the sections of at most five shallower ones.
 */
function spanOf(directive: Directive, headings: readonly HeadingLine[], ends: Map<number, number>): Span {
  const from = directive.range.start.line;
  const i = firstFromLine(headings, from, (heading) => heading.range.start.line);
  if (i === headings.length) return { directive, from, to: -1 };
  let to = ends.get(i);
  if (to === undefined) {
    let j = i + 1;
    while (j < headings.length && headings[j].depth > headings[i].depth) j++;
    to = j < headings.length ? headings[j].range.start.line - 1 : Number.MAX_SAFE_INTEGER;
    ends.set(i, to);
  }
  return { directive, from, to };
}

/** Whether the line-bound and region directives turn `rule` off on `line` (`disable-idea` is `suppressor`'s). */
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
