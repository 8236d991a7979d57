import { MIN_IDEAS_FOR_NORM } from '../template/choice';
import { spellingOf } from '../template/template';
import { houseSpelling } from './house';
import { ideaRule } from './rule';
import { replaceRange } from './text-edits';

export const fieldAlias = ideaRule({
  id: 'field-alias',
  defaultSeverity: 'info',
  description: "A field is spelled otherwise than the list's convention: its Template block's or configuration's label, else the spelling most of its ideas use.",
  judgesStyle: true,
  checkIdea(doc, idea) {
    return idea.fields.flatMap((field) => {
      if (!field.template) return [];
      const house = houseSpelling(doc, field.template);
      // A preset's label is only the usual name: a list that names its template, or agrees on a
      // spelling, has a convention; one of a few ideas follows its preset's.
      if (!house && !doc.template.named && doc.ideas.length >= MIN_IDEAS_FOR_NORM) return [];
      const wanted = house?.label ?? field.template.label;
      if (spellingOf(field.label) === spellingOf(wanted)) return [];
      const message = house
        ? `"${field.label}" is written "${wanted}" by ${doc.style.exact ? house.count : 'most'} other ideas of this list.`
        : `"${field.label}" is an alias: the template calls this field "${wanted}".`;
      return [{ message, range: field.labelRange, fixes: [{ title: `Rename to "${wanted}"`, edits: [replaceRange(field.labelRange, wanted)] }] }];
    });
  },
});
