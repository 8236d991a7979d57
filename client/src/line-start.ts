// When the extension opens the suggestion widget itself, as the user types in an ideas list.
// VS Code turns quick suggestions off for markdown, and a server cannot open the widget: the
// client does, at the few places where there is something to offer. No vscode import here, so
// that the decision is tested on its own (test/unit/line-start.test.ts).

/**
 * `snippets`: open the widget now: the letter starts a line and a snippet's prefix (`idea`).
 * `server`: open it if the server has completions there (missing fields at a bullet, mentors
 * and skills after a colon or comma); when it has none, VS Code would fill the widget with
 * words of the document, which no one asked for.
 */
export type SuggestWhen = 'snippets' | 'server';

/** The first letter of a line, or of a bullet's text: `i`, `  - R`. */
const FIRST_LETTER = /^[ \t]*([-*+][ \t]+)?([A-Za-z])$/;
/** A bullet and the blank after it: `- `. */
const BULLET = /^[ \t]*[-*+][ \t]$/;
/** The blank after a field's colon or a value's comma, on a line that has a label: `- Mentor(s): `, `Go, `. */
const VALUE_START = /^[ \t]*(?:[-*+][ \t]*)?[^ \t#>|].*[:：,;][ \t]$/;

/**
 * Whether to open the suggestion widget after a keystroke in an ideas list. `before`: the line's
 * text before the cursor, the typed character included; `typed`: what the keystroke inserted.
 * Only the keystroke that starts something is answered: the widget, once open, filters as the
 * user goes on typing.
 */
export function whenToSuggest(before: string, typed: string, snippetPrefixes: readonly string[]): SuggestWhen | undefined {
  if (typed.length !== 1 || !before.endsWith(typed)) return undefined;
  const letter = FIRST_LETTER.exec(before);
  if (letter) {
    const startsSnippet = !letter[1] && snippetPrefixes.some((prefix) => prefix[0]?.toLowerCase() === letter[2].toLowerCase());
    return startsSnippet ? 'snippets' : 'server';
  }
  if (BULLET.test(before) || VALUE_START.test(before)) return 'server';
  return undefined;
}

/** The prefixes of a `.code-snippets` file's snippets: `idea`, `idea-gsoc`. */
export function snippetPrefixes(json: string): string[] {
  let snippets: unknown;
  try {
    snippets = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof snippets !== 'object' || snippets === null) return [];
  return Object.values(snippets).flatMap((snippet: unknown) => {
    const prefix = (snippet as { prefix?: unknown } | null)?.prefix;
    const prefixes = Array.isArray(prefix) ? prefix : [prefix];
    return prefixes.filter((one): one is string => typeof one === 'string' && one.length > 0);
  });
}
