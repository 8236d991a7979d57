import { rules } from '../rules';
import { presets } from '../template/presets';
import { CONFIG_KEYS, SETTINGS } from './config';
import { KINDS, MAX_FIELDS, MAX_LABEL_LENGTH, MAX_NAMES } from './config-template';
import { MAX_GLOB_LENGTH, MAX_GLOBS, MAX_STARS_PER_SEGMENT } from './globs';
import { MAX_ALIASES } from '../maintainers/config-sources';

/**
 * The JSON Schema of `.ideasrc.json`, made from the constants the loader checks with (the keys,
 * the presets, the rule ids, the kinds, every bound), so that what VS Code says while the file is
 * typed (completion, hovers, errors: `contributes.jsonValidation`) and what the loader accepts are
 * one description. `docs/ideasrc.schema.json` is this object as JSON, written by
 * `scripts/ideasrc-schema.ts`; a test fails when the two differ, and another that the schema and
 * `parseConfig` accept and refuse the same configurations.
 *
 * The loader refuses, beyond it, a text longer than 1,000,000 characters or nested deeper than 32
 * levels (`bounds.ts`): no schema keyword says that, and no configuration comes near.
 */
export function configSchema(): Record<string, unknown> {
  const label = (what: string) => ({ type: 'string', pattern: '\\S', patternErrorMessage: 'a label must be a string of a few words', maxLength: MAX_LABEL_LENGTH, description: what });
  const names = (what: string) => ({ type: 'array', maxItems: MAX_NAMES, items: label(what) });
  const field = {
    type: 'object',
    description: 'A field every idea holds (or may hold, with `"required": false`), in template order.',
    required: ['label'],
    additionalProperties: false,
    defaultSnippets: [{ label: 'New field', body: { label: '$1', kind: 'text' } }],
    properties: {
      label: label('The label as the list writes it: `Mentor(s)`.'),
      aliases: names('Another name of the field, accepted and reported by field-alias.'),
      kind: {
        type: 'string',
        enum: KINDS,
        default: 'text',
        description: 'What the value is, whatever the label says: it decides how the value is checked.',
        enumDescriptions: KINDS.map((kind) => KIND_DESCRIPTIONS[kind]),
      },
      required: { type: 'boolean', default: true, description: 'false: an idea may leave the field out.' },
      values: {
        type: 'array',
        maxItems: MAX_NAMES,
        items: { type: ['string', 'number'] },
        description: 'The values an `enum` field may take.',
      },
      description: { type: 'string', description: 'What hover shows for the field.' },
      example: { type: 'string', description: 'The placeholder New Idea and the missing-field fix insert.' },
    },
  };
  const glob = (what: string) => ({
    type: 'string',
    pattern: '\\S',
    patternErrorMessage: 'a glob is empty',
    maxLength: MAX_GLOB_LENGTH,
    // More than MAX_STARS_PER_SEGMENT runs of `*` in one path segment (`globProblem`).
    not: { pattern: `(?:^|/)[^/*]*(?:\\*+[^/*]+){${MAX_STARS_PER_SEGMENT}}\\*` },
    description: what,
  });
  const properties: Record<string, unknown> = {
    preset: {
      type: 'string',
      enum: Object.keys(presets),
      description: 'The template for files without a Template block of their own. Without it the preset is inferred from the labels a file uses.',
      enumDescriptions: Object.values(presets).map((preset) => `Fields: ${preset.fields.map((f) => f.label).join(', ')}`),
    },
    template: {
      type: 'object',
      description: 'Your own template instead of a preset.',
      required: ['fields'],
      additionalProperties: false,
      properties: { fields: { type: 'array', minItems: 1, maxItems: MAX_FIELDS, items: field, description: 'The fields of an idea, in order.' } },
    },
    rules: {
      type: 'object',
      description: 'Severity per rule: off, info, warning or error. Wins over the `ideas.rules` setting, rule by rule.',
      additionalProperties: false,
      properties: Object.fromEntries(
        rules.map((rule) => [rule.id, { type: 'string', enum: SETTINGS, description: `${rule.description} (default: ${rule.defaultSeverity})`, markdownDescription: `${rule.description} (default: \`${rule.defaultSeverity}\`). Its page: \`docs/rules/${rule.id}.md\`, or **Ideas: Show Rule Documentation**.` }]),
      ),
    },
    files: {
      type: 'array',
      maxItems: MAX_GLOBS,
      description: "Globs, relative to this file's folder, of the markdown files that are ideas lists whatever their content.",
      items: {
        type: 'string',
        pattern: '\\S',
        patternErrorMessage: 'a glob is empty',
        maxLength: MAX_GLOB_LENGTH,
        // More than MAX_STARS_PER_SEGMENT runs of `*` in one path segment (`globProblem`).
        not: { pattern: `(?:^|/)[^/*]*(?:\\*+[^/*]+){${MAX_STARS_PER_SEGMENT}}\\*` },
      },
    },
    useFileTemplate: { type: 'boolean', default: true, description: "false: ignore the files' own Template blocks." },
    maxIdeasPerMentor: {
      type: 'integer',
      minimum: 1,
      description: 'The most ideas of one list a mentor (by GitHub handle, else by name) may be on; idea-load reports each idea beyond it. Without it, no limit.',
    },
    maxIdeasPerProject: { type: 'integer', minimum: 1, description: 'The most ideas one project may have; idea-load reports a project over it on its heading. Without it, no limit.' },
    maintainers: {
      type: 'array',
      maxItems: MAX_GLOBS,
      description:
        "The files that say who maintains each project, relative to this file's folder: mentor-not-maintainer reports a mentor who is not among the maintainers of the idea's project. A CSV (CNCF's project-maintainers.csv) or a maintainers.yaml names its projects; OWNERS, MAINTAINERS and CODEOWNERS need `project`.",
      items: {
        oneOf: [
          { ...glob('A CSV with Project and GitHub columns, such as CNCF\'s project-maintainers.csv, or a maintainers.yaml of projects and their people (a path or a glob).'), allOf: [{ type: 'string', pattern: NAMES_PROJECTS }] },
          {
            type: 'object',
            required: ['file'],
            additionalProperties: false,
            // A CSV or YAML names its projects; another file covers the one project it is given.
            if: { properties: { file: { type: 'string', pattern: NAMES_PROJECTS } } },
            then: { properties: { project: false } },
            else: { required: ['project'] },
            defaultSnippets: [{ label: 'One project\'s file', body: { file: '${1:OWNERS}', project: '$2' } }],
            properties: {
              file: glob('An OWNERS, MAINTAINERS or CODEOWNERS file (a path or a glob).'),
              project: { type: 'string', pattern: '\\S', description: "The project the file covers, as the list's heading names it." },
            },
          },
        ],
      },
    },
    projectAliases: {
      type: 'object',
      maxProperties: MAX_ALIASES,
      description: 'Where the list names a project otherwise than the maintainers files: its heading in the list → its name in the files (`"Cloud Native Buildpacks": "Buildpacks"`).',
      propertyNames: { type: 'string', pattern: '\\S' },
      additionalProperties: { type: 'string', pattern: '\\S' },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.ideasrc.json',
    description: 'The configuration of Ideas Author, found by walking up from each file. Every key is optional.',
    type: 'object',
    additionalProperties: false,
    // VS Code reads these two: comments and trailing commas are fine, as for the loader.
    allowComments: true,
    allowTrailingCommas: true,
    properties: Object.fromEntries(CONFIG_KEYS.map((key) => [key, properties[key]])),
  };
}

/** A CSV or a maintainers.yaml names its projects on its rows or entries. */
const NAMES_PROJECTS = '\\.([cC][sS][vV]|[yY][aA]?[mM][lL])$';

/** `docs/ideasrc.schema.json`'s text. */
export const configSchemaText = (): string => `${JSON.stringify(configSchema(), null, 2)}\n`;

const KIND_DESCRIPTIONS: Record<string, string> = {
  text: 'Any text (the default).',
  description: "The idea's description: prose under the heading counts as it.",
  skills: 'Comma-separated skills; completion offers those used across the workspace.',
  mentors: 'Names and GitHub handles, checked by mentor-handle.',
  issues: 'Issue or pull-request links, checked by issue-url.',
  url: 'A URL.',
  enum: 'One of `values`.',
};
