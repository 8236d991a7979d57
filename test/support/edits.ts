import fc from 'fast-check';
import type { LintOptions } from '../../server/src/core/lint';

/** What a keystroke or a paste may bring, the constructs that decide where chunks may split among them. */
export const pieces = ['\n', '  ', '- ', '1. ', '* ', '+ ', '- [x](#x)\n', '* * *\n', '* **\n', '-\n', '2) ', '- 2. ', '* <b>', '**', '  ```js\n', '<!-- x -->\n', '### ', '#### Idea\n', '- Description: x\n', '- Mentor(s): Jo Li, @jo, jo@e.com\n', '- Recommended Skills\n', '- Mentor(s):\n', '```\n', '~~~', '<!--', '-->', '<pre>\n', '</pre>', '> ', '  - ', '[ref]: https://e.com\n', '[ref]', 'text ', '\r\n', '    ### code\n', '#', '`'];

/** Lints between edits may change the template or the rules: what lint remembers must follow. */
export const lintOptions = fc.constantFrom<LintOptions>({}, { preset: 'lfx' }, { rules: { 'field-alias': 'off', 'missing-field': 'warning' } }, { useFileTemplate: false });

/** An edit at any place (`at` is taken modulo the text's length), under any lint options. */
export const edit = (inserts: string[]) =>
  fc.record({ at: fc.nat(), remove: fc.nat(12), insert: fc.array(fc.constantFrom(...inserts), { maxLength: 4 }).map((p) => p.join('')), options: lintOptions });
