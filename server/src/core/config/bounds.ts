import { createScanner } from 'jsonc-parser';

/** A configuration is a few hundred bytes; past this it is refused unread. */
export const MAX_CONFIG_LENGTH = 1_000_000;
/** The format nests five levels (template, fields, a field, its values); past this it is refused. */
export const MAX_DEPTH = 32;

/**
 * Why `text` is not parsed, and where, or undefined when it may be. jsonc-parser's parser recurses
 * once per nesting level, so depth is bounded first, by its scanner: one linear pass that knows
 * strings and comments, where a bracket nests nothing.
 */
export function refusal(text: string): { offset: number; message: string } | undefined {
  if (text.length > MAX_CONFIG_LENGTH) {
    return { offset: 0, message: `the configuration is longer than ${MAX_CONFIG_LENGTH.toLocaleString('en-US')} characters; it is not read` };
  }
  const scanner = createScanner(text, true);
  let depth = 0;
  // A token is a bracket when it starts with one: strings and comments start otherwise. (SyntaxKind
  // is a const enum, which this build cannot read.) Only the end has an empty token.
  for (scanner.scan(); scanner.getTokenLength() > 0; scanner.scan()) {
    const first = text[scanner.getTokenOffset()];
    if (first === '{' || first === '[') {
      if (++depth > MAX_DEPTH) return { offset: scanner.getTokenOffset(), message: `nested deeper than ${MAX_DEPTH} levels; the configuration is not read` };
    } else if (first === '}' || first === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
