import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Severity } from '../rules/finding';
import { readMaintainerSources, readProjectAliases } from '../maintainers/config-sources';
import type { MaintainerSource } from '../maintainers/source';
import { rules } from '../rules';
import type { RuleOptions } from '../rules/rule';
import type { TemplateOptions } from '../template/choice';
import { presets } from '../template/presets';
import { refusal } from './bounds';
import { readTemplate } from './config-template';
import { globProblem, MAX_GLOBS } from './globs';
import { propertiesOf, readArray, type Report } from './json-node';
import { ProblemList } from './problems';

export type { ConfigProblem } from './problems';

export type RuleSetting = Severity | 'off';

/** What `.ideasrc.json` may say; every part is optional. */
export interface Config extends TemplateOptions, RuleOptions {
  rules?: Record<string, RuleSetting>;
  /** Globs (relative to the config's folder) of the files that are ideas lists. */
  files?: string[];
  /** The files that say who maintains each project (mentor-not-maintainer); `files.ts` reads them into `maintainerLists`. */
  maintainers?: MaintainerSource[];
  /** A project's heading in the list → its name in the maintainers files, where the two differ. */
  projectAliases?: Record<string, string>;
}

export const SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'] satisfies RuleSetting[];
const RULE_IDS = new Set(rules.map((rule) => rule.id));
/** The keys of a configuration, in the order the docs give them. */
export const CONFIG_KEYS: readonly string[] = ['preset', 'template', 'rules', 'files', 'useFileTemplate', 'maxIdeasPerMentor', 'maxIdeasPerProject', 'maintainers', 'projectAliases'];

/**
 * Parses and checks the text of a config file, every value by its kind, with jsonc-parser's tree
 * and the checks below. A broken part is reported and left out; the rest applies, so linting goes
 * on with defaults where the config could not be read. Never throws.
 */
export function parseConfig(text: string, file: string) {
  const problems = new ProblemList();
  const config = readConfig(text, problems);
  return { config, problems: problems.placed(file, text) };
}

function readConfig(text: string, problems: ProblemList): Config {
  const refused = refusal(text);
  if (refused) {
    problems.add(refused.offset, refused.message);
    return {};
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) problems.add(error.offset, `invalid JSON: ${describeParseError(printParseErrorCode(error.error))}`);
  const config: Config = {};
  if (!root) return config;
  if (root.type !== 'object') {
    problems.add(root.offset, 'the configuration must be a JSON object');
    return config;
  }
  for (const [key, keyNode, value] of propertiesOf(root)) {
    const at: Report = (node, message) => problems.add(node.offset, `${key}: ${message}`);
    switch (key) {
      case 'preset':
        if (value.type !== 'string') at(value, 'must be a string');
        // Own keys only: `constructor` is no preset.
        else if (!Object.hasOwn(presets, value.value)) at(value, `unknown preset "${value.value}" (expected ${Object.keys(presets).join(', ')})`);
        else config.preset = value.value;
        break;
      case 'useFileTemplate':
        if (value.type !== 'boolean') at(value, 'must be true or false');
        else config.useFileTemplate = value.value;
        break;
      case 'files': {
        const files = readArray(value, at, 'glob strings', MAX_GLOBS, (item) => readGlob(item, at));
        if (files) config.files = files;
        break;
      }
      case 'rules': {
        const read = readRules(value, at);
        if (read) config.rules = read;
        break;
      }
      case 'template': {
        const template = readTemplate(value, at);
        if (template) config.template = template;
        break;
      }
      case 'maxIdeasPerMentor':
      case 'maxIdeasPerProject':
        if (value.type !== 'number' || !Number.isInteger(value.value) || value.value < 1) at(value, 'must be a whole number, 1 or more');
        else config[key] = value.value;
        break;
      case 'maintainers': {
        const sources = readMaintainerSources(value, at);
        if (sources) config.maintainers = sources;
        break;
      }
      case 'projectAliases': {
        const aliases = readProjectAliases(value, at);
        if (aliases) config.projectAliases = aliases;
        break;
      }
      default:
        problems.add(keyNode.offset, `unknown setting "${key}" (expected ${CONFIG_KEYS.slice(0, -1).join(', ')} or ${CONFIG_KEYS.at(-1)})`);
    }
  }
  return config;
}

function readGlob(item: Node, at: Report): string | undefined {
  const problem = item.type === 'string' ? globProblem(item.value) : 'must be an array of glob strings';
  if (problem === undefined) return item.value;
  at(item, problem);
  return undefined;
}

function readRules(value: Node, at: Report): Record<string, RuleSetting> | undefined {
  if (value.type !== 'object') {
    at(value, 'must be an object of rule ids to "off", "info", "warning" or "error"');
    return undefined;
  }
  const result: Record<string, RuleSetting> = {};
  for (const [id, idNode, setting] of propertiesOf(value)) {
    if (!RULE_IDS.has(id)) at(idNode, `unknown rule "${id}"`);
    else if (setting.type !== 'string' || !SETTINGS.includes(setting.value)) at(setting, `"${id}" must be "off", "info", "warning" or "error"`);
    else result[id] = setting.value;
  }
  return result;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
