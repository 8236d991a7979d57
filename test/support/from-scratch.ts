import { lint } from '../../server/src/core/lint';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { wholeSection } from '../../server/src/core/parse/section';

/** A lint that parses the whole text at once and remembers nothing: what an incremental lint must equal. */
export const fromScratch = (text: string, options = {}) => lint(text, options, (t) => [wholeSection(t, parseMarkdown(t))]);
