import { duplicateField } from './duplicate-field';
import { duplicateIdea } from './duplicate-idea';
import { emptyField } from './empty-field';
import { emptyIdea } from './empty-idea';
import { fieldAlias } from './field-alias';
import { fieldValue } from './field-value';
import { headingLevel } from './heading-level';
import { ideaLoad } from './idea-load';
import { issueUrl } from './issue-url';
import { malformedField } from './malformed-field';
import { markdownStructure } from './markdown-structure';
import { mentorHandle } from './mentor-handle';
import { mentorNotMaintainer } from './mentor-not-maintainer';
import { missingField } from './missing-field';
import { notChecked } from './not-checked';
import { notUnderstood } from './not-understood';
import { placeholder } from './placeholder';
import type { Rule } from './rule';
import { tableOfContents } from './table-of-contents';
import { unknownField } from './unknown-field';
import { duplicateIssue } from '../workspace/duplicate-issue';
import { reproposedIdea } from '../workspace/reproposed-idea';
import { mentorIdentity } from '../workspace/mentor-identity';
import { issueState } from '../online/issue-state';
import { mentorAccount } from '../online/mentor-account';

/**
 * Every rule; findings are sorted by position afterwards. The workspace rules (duplicate-issue,
 * reproposed-idea, mentor-identity) compare many files: one file's lint finds nothing of them (`workspace/`).
 * Nor of the online rules (issue-state, mentor-account), which judge what GitHub says (`online/`).
 */
export const rules: readonly Rule[] = [
  missingField,
  emptyField,
  malformedField,
  fieldAlias,
  fieldValue,
  unknownField,
  duplicateField,
  mentorHandle,
  issueUrl,
  placeholder,
  headingLevel,
  duplicateIdea,
  emptyIdea,
  ideaLoad,
  mentorNotMaintainer,
  markdownStructure,
  notUnderstood,
  tableOfContents,
  notChecked,
  duplicateIssue,
  reproposedIdea,
  mentorIdentity,
  issueState,
  mentorAccount,
];
