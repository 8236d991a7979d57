import type { Range } from 'vscode-languageserver-protocol/node';

/** `text` with `range` replaced by `insert`: what a client holds after an edit it sends. */
export function applyEdit(text: string, range: Range, insert: string): string {
  const offset = (line: number, character: number) => {
    let start = 0;
    for (let i = 0; i < line; i++) start = text.indexOf('\n', start) + 1;
    return start + character;
  };
  return text.slice(0, offset(range.start.line, range.start.character)) + insert + text.slice(offset(range.end.line, range.end.character));
}
