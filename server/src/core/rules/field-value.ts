import { PRIMARY } from '../model/house-style';
import type { Idea, IdeasDocument } from '../model/types';
import { ideaRule, type RuleFinding } from './rule';


export const fieldValue = ideaRule({
  id: 'field-value',
  defaultSeverity: 'warning',
  description: "A field's value breaks what the list's Template block says of it: a size not among its values, fewer mentors than it asks for, no primary mentor.",
  judgesStyle: true,
  checkIdea(doc, idea) {
    return idea.fields.flatMap((field) => {
      const stated = field.template?.stated;
      if (!stated || field.value.trim() === '') return [];
      const found: RuleFinding[] = [];
      const at = (message: string): RuleFinding => ({ message, range: field.valueRange, fixes: [] });
      if (stated.oneOf && !isOneOf(field.value, stated.oneOf)) {
        found.push(at(`"${field.label}" is "${field.value.split('\n')[0].trim()}"; this list's Template asks for one of ${stated.oneOf.join(', ')}.`));
      }
      const mentors = field.mentors ?? [];
      if (stated.minMentors !== undefined && mentors.length < stated.minMentors) {
        found.push(at(`Idea "${idea.title}" has ${mentors.length} mentor${mentors.length === 1 ? '' : 's'}; this list's Template asks for at least ${stated.minMentors}.`));
      }
      if (stated.primary && mentors.length > 0 && !PRIMARY.test(field.value)) {
        // A list that never marks one is told once, on its first idea with mentors, not on every idea.
        if (doc.style.primaries.count > 0) found.push(at(`Idea "${idea.title}" names no primary mentor; this list's Template asks for one (\`- primary\` after the name).`));
        else if (firstWithMentors(doc) === idea) found.push(at(`No idea of this list names a primary mentor; its Template asks for one in each (\`- primary\` after the name).`));
      }
      return found;
    });
  },
});

const firstWithMentors = (doc: IdeasDocument): Idea | undefined => doc.ideas.find((each) => each.fields.some((field) => field.mentors?.length));

/** The value starts with one of the values, or names one as a word (`175 hours (medium)`). */
function isOneOf(value: string, options: string[]): boolean {
  const words = value.toLowerCase();
  return options.some((option) => new RegExp(`\\b${option.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(words));
}
