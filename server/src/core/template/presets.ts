import type { Template, TemplateField } from './template';

const description: TemplateField = {
  label: 'Description',
  aliases: ['Project Description', 'Detailed description', 'More detailed description', 'Project summary', 'Brief description', 'Idea description'],
  required: true,
  kind: 'description',
  description: 'What the mentee will build or change, and why it matters to the project.',
  example: 'Add a dry-run mode to the CLI so that users can preview changes before applying them.',
};

const outcome: TemplateField = {
  label: 'Expected Outcome',
  aliases: ['Expected Outcomes', 'Outcome', 'Outcomes', 'Deliverables', 'Expected results', 'Expected result', 'Expected deliverables', 'Potential deliverables'],
  required: true,
  kind: 'text',
  description: 'What exists at the end of the term: code merged, docs written, a prototype.',
  example: 'A merged pull request that adds the dry-run mode, with tests and documentation.',
};

const skills: TemplateField = {
  label: 'Recommended Skills',
  aliases: [
    'Skills', 'Required Skills', 'Recommended skills/technologies', 'Skills Required', 'Prerequisites', 'Skills preferred', 'Preferred skills',
    'Requirements', 'Skills needed', 'Desired skills',
  ],
  required: true,
  kind: 'skills',
  description: 'The languages and tools a mentee should know or learn, comma-separated.',
  example: 'Go, Kubernetes',
};

const mentors: TemplateField = {
  label: 'Mentor(s)',
  aliases: ['Mentors', 'Mentor', 'Mentor (s)', 'Potential Mentors', 'Potential mentor(s)', 'Possible mentors', 'Possible mentor(s)', 'Likely mentors', 'Suggested mentors', 'Mentor Name'],
  required: true,
  kind: 'mentors',
  description: 'Who mentors the idea: each as `Name (@github-handle)`, optionally with an e-mail.',
  example: 'Jane Doe (@janedoe)',
};

const issue: TemplateField = {
  label: 'Upstream Issue (URL)',
  aliases: [
    'Upstream Issue', 'Upstream Issues', 'Upstream Issues (URL)', 'Upstream Issue(s)', 'Upstream Issue URL',
    'Issue', 'Issues', 'Issue(s)', 'Issue URL', 'Issue Link', 'GitHub Issue', 'Related Issues', 'Relevant Issues',
  ],
  required: true,
  kind: 'issues',
  description: 'The upstream GitHub issue or pull request that tracks the idea, as a full URL.',
  example: 'https://github.com/org/repo/issues/123',
};

/** LFX templates since 2023 write the issue field without "(URL)". */
const lfxIssue: TemplateField = {
  ...issue,
  label: 'Upstream Issue',
  aliases: ['Upstream Issue (URL)', ...issue.aliases.filter((alias) => alias !== 'Upstream Issue')],
};

const lfxUrl: TemplateField = {
  label: 'LFX URL',
  aliases: ['LFX Mentorship URL', 'LFX Project URL'],
  required: false,
  kind: 'url',
  description: "The idea's page on the LFX Mentorship platform, filled in by the program admins once it is published.",
  example: 'https://mentorship.lfx.linuxfoundation.org/project/00000000-0000-0000-0000-000000000000',
};

const technologies: TemplateField = {
  label: 'Technologies',
  aliases: ['Technology', 'Tech stack', 'Technology stack'],
  required: true,
  kind: 'text',
  description: 'The languages, frameworks and tools the project is built with, comma-separated.',
  example: 'Go, Kubernetes, React',
};

const size: TemplateField = {
  label: 'Expected project size',
  aliases: ['Expected size', 'Expected size of the project', 'Project size', 'Size', 'Effort', 'Length', 'Project length', 'Duration', 'Hours', 'Estimated size'],
  required: true,
  kind: 'enum',
  values: ['small (~90 hours)', 'medium (~175 hours)', 'large (~350 hours)'],
  description: 'How long Google Summer of Code contributors are expected to work on it, as Google asks: small (~90 hours), medium (~175 hours) or large (~350 hours).',
  example: 'medium (~175 hours)',
};

const difficulty: TemplateField = {
  label: 'Difficulty',
  aliases: ['Difficulty rating', 'Difficulty level', 'Complexity'],
  required: true,
  kind: 'enum',
  values: ['Easy', 'Medium', 'Hard'],
  description: 'How hard the idea is for a newcomer to the project: Easy, Medium or Hard.',
  example: 'Medium',
};

/** The seed's template: the four fields of the 2020 CNCF list. */
export const cncf2020: Template = { name: 'cncf-2020', fields: [description, skills, mentors, issue] };

/** LFX Mentorship terms from 2021 on: an expected outcome, and the LFX page once published. */
export const lfx: Template = { name: 'lfx', fields: [description, outcome, skills, mentors, lfxIssue, lfxUrl] };

/** LFX lists made from the program proposal form (from the 2026 September term): Technologies, no Expected Outcome. */
export const lfxForm: Template = { name: 'lfx-form', fields: [description, skills, technologies, mentors, lfxIssue, lfxUrl] };

/** Google Summer of Code, as Google's guide for ideas lists asks: a size of 90, 175 or 350 hours, a difficulty, mentors. */
export const gsoc: Template = { name: 'gsoc', fields: [description, outcome, skills, size, difficulty, mentors, issue] };

/** In the order inference prefers them on a tie. */
export const presets: Readonly<Record<string, Template>> = { [cncf2020.name]: cncf2020, [lfx.name]: lfx, [gsoc.name]: gsoc, [lfxForm.name]: lfxForm };

/** Every field of every preset, once by label: the labels any list may use for a field Ideas Author knows. */
export const vocabulary: Template = {
  name: 'vocabulary',
  fields: [...new Map(Object.values(presets).flatMap((preset) => preset.fields).map((field) => [field.label, field])).values()],
};
