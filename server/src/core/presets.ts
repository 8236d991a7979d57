import type { Template, TemplateField } from './template';

const description: TemplateField = {
  label: 'Description',
  aliases: ['Project Description', 'Details', 'Summary'],
  required: true,
  kind: 'text',
  description: 'What the mentee will build or change, and why it matters to the project.',
  example: 'Add a dry-run mode to the CLI so that users can preview changes before applying them.',
};

const skills: TemplateField = {
  label: 'Recommended Skills',
  aliases: ['Skills', 'Required Skills', 'Recommended skills/technologies', 'Skills required'],
  required: true,
  kind: 'text',
  description: 'The languages and tools a mentee should know or learn, comma-separated.',
  example: 'Go, Kubernetes',
};

const mentors: TemplateField = {
  label: 'Mentor(s)',
  aliases: ['Mentors', 'Mentor', 'Mentor (s)'],
  required: true,
  kind: 'mentors',
  description: 'Who mentors the idea: each as `Name (@github-handle)`, optionally with an e-mail.',
  example: 'Jane Doe (@janedoe)',
};

const issue: TemplateField = {
  label: 'Upstream Issue (URL)',
  aliases: ['Upstream Issue', 'Upstream Issues', 'Issue', 'Issues', 'Upstream Issue (URL)s', 'Related Issues', 'Upstream Issue(s)', 'Upstream Issue URL', 'Issue URL'],
  required: true,
  kind: 'issues',
  description: 'The upstream GitHub issue or pull request that tracks the idea, as a full URL.',
  example: 'https://github.com/org/repo/issues/123',
};

/** The seed's template: the four fields of the 2020 CNCF list. */
export const cncf2020: Template = { name: 'cncf-2020', fields: [description, skills, mentors, issue] };

export const presets: Record<string, Template> = { [cncf2020.name]: cncf2020 };
