import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { issueKey, issueRefUrl, rangeContains, sectionRange, type IdeasDocument, type IssueState, type TemplateField } from '../core';

/**
 * On a field label: what the template expects. On a mentor's handle: the GitHub profile. On an
 * upstream issue, once the online check has asked GitHub (`issueState`, by `issueKey`): its title,
 * state, labels, assignees and last update.
 */
export function hover(doc: IdeasDocument, position: Position, issueState: (key: string) => IssueState | undefined = () => undefined): Hover | undefined {
  for (const idea of doc.ideas) {
    if (!rangeContains(sectionRange(doc, idea.heading), position)) continue;
    for (const field of idea.fields) {
      if (rangeContains(field.labelRange, position)) {
        const expected = field.template ?? field.nearMiss;
        if (!expected) return markdown(`**${field.label}** is not a field of ${templateOf(doc.template.name)}.`, field.labelRange);
        return markdown(describeField(expected, doc.template.name), field.labelRange);
      }
      for (const ref of field.issues ?? []) {
        if (!rangeContains(ref.range, position)) continue;
        const url = issueRefUrl(ref);
        const state = url === undefined ? undefined : issueState(issueKey(url) ?? '');
        if (state) return markdown(describeIssue(state, url!), ref.range);
      }
      for (const mentor of field.mentors ?? []) {
        if (mentor.handle && mentor.handleRange && rangeContains(mentor.handleRange, position)) {
          const who = mentor.name ? `${mentor.name}, ` : '';
          return markdown(`${who}[@${mentor.handle}](https://github.com/${mentor.handle}) on GitHub`, mentor.handleRange);
        }
      }
    }
  }
  return undefined;
}

/** What GitHub said of an issue: `**Title** · open`, its labels, assignees and last update. */
export function describeIssue(state: IssueState, url: string): string {
  if (state.kind === 'missing') return `GitHub has no issue at ${url} that this sign-in can see.`;
  const what = state.kind === 'pull-request' ? 'pull request' : 'issue';
  const lines = [`**${escapeMarkdown(state.title ?? url)}** · ${what} ${state.state ?? ''}`.trimEnd()];
  if (state.labels?.length) lines.push(`Labels: ${state.labels.map((label) => `\`${label.replace(/`/g, "'")}\``).join(', ')}`);
  lines.push(state.assignees?.length ? `Assigned to ${state.assignees.map((login) => `@${login}`).join(', ')}` : 'Not assigned');
  if (state.updatedAt) lines.push(`Updated ${state.updatedAt.slice(0, 10)}`);
  return lines.join('\n\n');
}

/** A title from GitHub shown as text, not markup. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');

export function describeField(field: TemplateField, templateName: string): string {
  const lines = [`**${field.label}**: ${whoAsks(field.required, templateName)}`, '', field.description];
  if (field.aliases.length) lines.push('', `Also written: ${field.aliases.map((alias) => `\`${alias}\``).join(', ')}`);
  if (field.values?.length) lines.push('', `One of: ${field.values.map((value) => `\`${value}\``).join(', ')}`);
  if (field.example) lines.push('', 'Example:', '', '```markdown', `- ${field.label}: ${field.example}`, '```');
  return lines.join('\n');
}

/** Where the file's template comes from, in the reader's words: "this file's Template block". */
function templateSource(templateName: string): string {
  if (templateName === 'file') return "this file's Template block";
  if (templateName === 'config') return '.ideasrc.json';
  return `the ${templateName} preset`;
}

/** "required by this file's Template block", "optional in the gsoc preset", "required by .ideasrc.json". */
export function whoAsks(required: boolean, templateName: string): string {
  return `${required ? 'required by' : 'optional in'} ${templateSource(templateName)}`;
}

function templateOf(templateName: string): string {
  return templateName === 'config' ? 'the template of .ideasrc.json' : templateSource(templateName);
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
