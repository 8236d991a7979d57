import type { Code } from 'mdast';
import type { Heading, TemplateBlock } from './model';
import type { LineIndex } from './range';

/** The first fenced block under a heading named Template (`### Template`, `## Project template`). */
export function findTemplateBlock(text: string, headings: Heading[], lines: LineIndex): TemplateBlock | undefined {
  for (const heading of headings) {
    if (!/\btemplate\b/i.test(heading.title)) continue;
    const code = heading.content.find((block): block is Code => block.type === 'code');
    if (!code?.position) continue;
    const start = code.position.start.offset ?? 0;
    const end = code.position.end.offset ?? 0;
    return { heading, code: code.value, range: lines.rangeOf(start, end), closed: isClosed(text.slice(start, end)) };
  }
  return undefined;
}

/** A fence is closed when its last line is a run of the opening fence character at least as long. */
function isClosed(source: string): boolean {
  const open = /^[ \t]*(`{3,}|~{3,})/.exec(source);
  if (!open) return true; // an indented code block has no fence to close
  const lastLines = source.split(/\r\n?|\n/);
  if (lastLines.length < 2) return false;
  const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lastLines[lastLines.length - 1]);
  return close !== null && close[1][0] === open[1][0] && close[1].length >= open[1].length;
}
