import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);

/** Markdown to mdast with positions (offsets are UTF-16 string indexes). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
