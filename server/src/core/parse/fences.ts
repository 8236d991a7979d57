/** A fenced code block is closed when its last line is a run of the opening fence character at least as long. */
export function isFenceClosed(source: string): boolean {
  const open = /^[ \t]*(`{3,}|~{3,})/.exec(source);
  if (!open) return true; // an indented code block has no fence to close
  const lines = source.split(/\r\n?|\n/);
  if (lines.length < 2) return false;
  const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]);
  return close !== null && close[1][0] === open[1][0] && close[1].length >= open[1].length;
}
