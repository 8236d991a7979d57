import type { DocumentLink } from 'vscode-languageserver';
import { isValidHandle, type IdeasDocument } from '../core';

/** Every `@handle` of a mentor links to its GitHub profile, unless it is already a link. */
export function documentLinks(doc: IdeasDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const idea of doc.ideas) {
    for (const field of idea.fields) {
      for (const mentor of field.mentors ?? []) {
        const { handle, handleRange, handleStyle } = mentor;
        if (!handle || !handleRange || handleStyle === 'link' || handleStyle === 'profile-url' || !isValidHandle(handle)) continue;
        links.push({ range: handleRange, target: `https://github.com/${handle}`, tooltip: `@${handle} on GitHub` });
      }
    }
  }
  return links;
}
