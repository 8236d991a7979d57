import type { Code } from 'mdast';
import { isFenceClosed } from './fences';
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
    return { heading, code: code.value, range: lines.rangeOf(start, end), closed: isFenceClosed(text.slice(start, end)) };
  }
  return undefined;
}
