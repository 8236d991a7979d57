import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import type { Range } from '../../server/src/core/text/range';

/** `### Project` and the idea's heading, then the given field lines. */
const idea = (fields: string, title = 'An idea') => `### Project\n\n#### ${title}\n\n${fields}`;
const complete = [
  '- Description: Add a dry-run mode.',
  '- Recommended Skills: Go',
  '- Mentor(s): Jane Doe (@janedoe)',
  '- Upstream Issue (URL): https://github.com/org/repo/issues/1',
];
const withField = (index: number, line: string) => complete.map((l, i) => (i === index ? line : l)).join('\n') + '\n';

/**
 * The findings of one rule as `line: message` (1-based lines, as editors show them), in a list
 * whose configuration names the seed's template: one idea sets no house style of its own.
 */
function found(rule: string, text: string): string[] {
  return lint(text, { preset: 'cncf-2020' })
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.range.start.line + 1}: ${f.message}`);
}

interface Case {
  what: string;
  text: string;
  expect: string[];
}

const cases: Record<string, Case[]> = {
  'missing-field': [
    { what: 'a complete idea', text: idea(complete.join('\n')), expect: [] },
    {
      what: 'an idea without mentors',
      text: idea(complete.filter((l) => !l.includes('Mentor')).join('\n')),
      expect: ['3: Idea "An idea" has no "Mentor(s)" field.'],
    },
    { what: 'a label cut short (reported by unknown-field)', text: idea(withField(1, '- Recommended: Go')), expect: [] },
    { what: 'a misspelt label (reported by unknown-field)', text: idea(withField(0, '- Descrption: x')), expect: [] },
    { what: 'a label with stray escaped stars', text: idea(withField(1, '- Recommended Skills\\*\\*: Go')), expect: [] },
    { what: 'a label with a doubled bullet, a line of the mentors\' text to markdown', text: idea(withField(3, '-- Upstream Issue (URL): https://github.com/org/repo/issues/1')), expect: [] },
  ],
  'empty-field': [
    { what: 'a label with no value', text: idea(withField(1, '- Recommended Skills:')), expect: ['6: "Recommended Skills" of idea "An idea" is empty.'] },
    { what: 'a value on the next lines', text: idea(withField(2, '- Mentor(s):\n  - Jane Doe (@janedoe)')), expect: [] },
    { what: 'a value below the label, outside its item', text: idea(withField(2, '- Mentor(s):\n- Jane Doe (@janedoe)\n- Bo Li (@boli)')), expect: [] },
    { what: 'mentors below the label under their roles', text: idea(withField(2, 'Mentor(s):\n- Primary Mentor: Jane Doe (@janedoe)\n- Secondary Mentor: Bo Li (@boli)')), expect: [] },
    { what: 'a label last under its heading', text: idea(withField(3, '- Upstream Issue (URL):')) + '\n#### Another idea\n\n- Description: x\n', expect: ['8: "Upstream Issue (URL)" of idea "An idea" is empty.'] },
  ],
  'malformed-field': [
    {
      what: 'a label that lost its bullet (lazy continuation)',
      text: idea(withField(1, 'Recommended Skills: Go')),
      expect: ['6: Field "Recommended Skills" has lost its list bullet.'],
    },
    { what: 'a bullet with no space after it', text: idea(withField(0, '-Description: x')), expect: ['5: Field "Description" has no space after its bullet.'] },
    { what: 'a doubled bullet', text: idea(withField(3, '-- Upstream Issue (URL): https://github.com/org/repo/issues/1')), expect: ['8: Field "Upstream Issue (URL)" has a doubled bullet.'] },
    { what: 'a label indented into a code block', text: idea(withField(0, '-      Description: x')), expect: ['5: Field "Description" is indented so far that markdown shows it as code.'] },
    { what: 'a label on a later line of code in a list item', text: idea(complete.join('\n') + '\n-      make test\n       Recommended Skills: Go'), expect: [] },
    { what: 'bold labels', text: idea(withField(0, '- **Description**: x')), expect: ['5: Field "Description" carries `**` emphasis.'] },
    { what: 'stray closing **', text: idea(withField(1, '- Recommended Skills**: Go')), expect: ['6: Field "Recommended Skills" carries `**` emphasis.'] },
    { what: 'stray closing \\*\\* (2021/03-Fall)', text: idea(withField(1, '- Recommended Skills\\*\\*: Go')), expect: ['6: Field "Recommended Skills" carries stray `\\*\\*`.'] },
    { what: 'a label written twice (2023/02-Jun-Aug)', text: idea(withField(2, '- Mentor(s): Mentor(s): Jane Doe (@janedoe)')), expect: ['7: Field "Mentor(s)" is written twice.'] },
    { what: 'an alias after the label', text: idea(withField(3, '- Upstream Issue (URL): Issue: https://github.com/org/repo/issues/1')), expect: ['8: Field "Upstream Issue (URL)" is written twice.'] },
    { what: 'another label at the start of the value', text: idea(withField(0, '- Description: Note: it is big.')), expect: [] },
    { what: 'a full-width colon', text: idea(withField(0, '- Description： x')), expect: ['5: Field "Description" uses a full-width colon.'] },
    { what: 'a value below its label, outside its item', text: idea(withField(2, '- Mentor(s):\n- Jane Doe (@janedoe)\n- Bo Li (@boli)')), expect: ['7: The value of "Mentor(s)" stands below it, outside its list item.'] },
    { what: 'a value in a paragraph of its own', text: idea(withField(0, '- Description:\n\nAdd a dry-run mode.\n')), expect: ['5: The value of "Description" stands below it, outside its list item.'] },
    { what: 'a label without its colon above its value', text: idea(withField(1, '- Recommended Skills\n  - Go\n  - SQL')), expect: ['6: Field "Recommended Skills" has no colon.'] },
    { what: 'a bold label without colon or bullet', text: idea(withField(0, '**Description**\nAdd a dry-run mode.')), expect: ['5: Field "Description" has lost its list bullet, carries `**` emphasis, has no colon.'] },
    { what: 'a label alone with nothing under it', text: idea(withField(1, '- Recommended Skills')), expect: [] },
    { what: 'an unknown word alone on a bullet', text: idea(complete.join('\n') + '\n- Objectives\n  - Ship it\n'), expect: [] },
    { what: "the template's Mentor Name: nested under Mentor(s)", text: idea(withField(2, '- Mentor(s):\n  - Mentor Name: Jane Doe (@janedoe)')), expect: [] },
    {
      what: 'a field nested under another',
      text: idea(withField(1, '- Recommended Skills: Go\n  - Mentor(s): Jane Doe (@janedoe)').replace('- Mentor(s): Jane Doe (@janedoe)\n- Upstream', '- Upstream')),
      expect: ['7: Field "Mentor(s)" is nested under "Recommended Skills".'],
    },
    {
      what: 'a field nested two levels down, under an item of prose',
      text: idea(withField(1, '- Recommended Skills: Go\n  - and some Rust\n    - Mentor(s): Jane Doe (@janedoe)').replace('- Mentor(s): Jane Doe (@janedoe)\n- Upstream', '- Upstream')),
      expect: ['8: Field "Mentor(s)" is nested under "Recommended Skills".'],
    },
    { what: 'tabs and `*` bullets', text: idea(complete.map((l) => l.replace('- ', '*\t')).join('\n')), expect: [] },
  ],
  'field-alias': [
    { what: '"Issue"', text: idea(withField(3, '- Issue: https://github.com/org/repo/issues/1')), expect: ['8: "Issue" is an alias: the template calls this field "Upstream Issue (URL)".'] },
    { what: 'canonical labels', text: idea(complete.join('\n')), expect: [] },
  ],
  'unknown-field': [
    { what: 'a near miss', text: idea(withField(2, '- Metor(s): Jane Doe (@janedoe)')), expect: ['7: Unknown field "Metor(s)": did you mean "Mentor(s)"?'] },
    { what: 'a label cut short after a word (2026/02-Jun-Aug)', text: idea(withField(1, '- Recommended: Go')), expect: ['6: Unknown field "Recommended": did you mean "Recommended Skills"?'] },
    { what: 'a field of its own that is spelt like one of the template', text: idea(complete.join('\n') + '\n- Mentee(s): Bo Li'), expect: ['9: The template has no field "Mentee(s)".'] },
    { what: 'code in a list item', text: idea(complete.join('\n') + '\n-      ls -la: lists files'), expect: [] },
    { what: 'a label of another template', text: idea(complete.join('\n') + '\n- Difficulty: hard'), expect: ['9: The template has no field "Difficulty".'] },
    { what: "mentors' roles below an empty mentors label", text: idea(withField(2, '- Mentor(s):\n- Primary Mentor: Jane Doe (@janedoe)\n- Co-Mentor: Bo Li (@boli)')), expect: [] },
    { what: 'a role after a mentors field with a value of its own', text: idea(withField(2, '- Mentor(s): Jane Doe (@janedoe)\n- Co-Mentor: Bo Li (@boli)')), expect: ['8: The template has no field "Co-Mentor".'] },
    { what: 'prose with a colon in a nested list', text: idea(withField(0, '- Description: x\n  - Phase one: design')), expect: [] },
    { what: 'a URL line', text: idea(withField(3, '- Upstream Issue (URL):\n- https://github.com/org/repo/issues/1')), expect: [] },
  ],
  'duplicate-field': [
    { what: "the template's Mentor Name: nested under Mentor(s), a role rather than a second field", text: idea(withField(2, '- Mentor(s):\n  - Mentor Name: Jane Doe (@janedoe)')), expect: [] },
    { what: 'Description twice', text: idea(complete.join('\n') + '\n- Description: again'), expect: ['9: "Description" appears again in idea "An idea".'] },
    { what: 'the label after an alias', text: idea(complete.join('\n').replace('Description:', 'Project Description:') + '\n- Description: more'), expect: ['9: "Description" appears again in idea "An idea", the first time as "Project Description".'] },
    { what: 'an alias after the label (2022 GSoC)', text: idea(complete.join('\n') + '\n- Detailed description: more'), expect: ['9: "Detailed description" is another "Description" field in idea "An idea".'] },
  ],
  'mentor-handle': [
    { what: 'a field with a doubled bullet below the mentors, not a mentor', text: idea(withField(3, '-- Issues: https://github.com/org/repo/issues/1')), expect: [] },
    { what: 'the label written again, not a mentor', text: idea(withField(2, '- Mentor(s): Mentor(s): Jane Doe (@janedoe)')), expect: [] },
    { what: 'a bare handle', text: idea(withField(2, '- Mentor(s): Jane Doe @janedoe')), expect: ['7: Write the handle in parentheses: "Jane Doe (@janedoe)".'] },
    { what: 'a bare handle in a list below the label', text: idea(withField(2, '- Mentor(s):\n- Jane Doe @janedoe')), expect: ['8: Write the handle in parentheses: "Jane Doe (@janedoe)".'] },
    { what: 'no space before the parenthesis', text: idea(withField(2, '- Mentor(s): Jane Doe(@janedoe)')), expect: ['7: Put a space before "(@janedoe)".'] },
    { what: 'no handle', text: idea(withField(2, '- Mentor(s): Jane Doe')), expect: ['7: Mentor "Jane Doe" has no GitHub handle.'] },
    { what: 'a Twitter profile', text: idea(withField(2, '- Mentor(s): Jane Doe ([@jd](https://twitter.com/jd))')), expect: ['7: Mentor "Jane Doe" links to twitter.com instead of GitHub.'] },
    { what: 'a handle labelled github: without its @ (2026/02-Jun-Aug)', text: idea(withField(2, '- Mentor(s): Jane Doe (email: jane@example.com, github: janedoe), Bo Li (GitHub: @boli)')), expect: ['7: Mentor "Jane Doe" gives the GitHub handle without its "@": write "@janedoe".'] },
    { what: 'a GitHub URL after github:', text: idea(withField(2, '- Mentor(s): Jane Doe (github: https://github.com/janedoe)')), expect: ['7: Write the GitHub profile as a handle: "(@janedoe)".'] },
    { what: 'a handle linked to no URL at all', text: idea(withField(2, '- Mentor(s): Jane Doe [@jd](jd)')), expect: ['7: Mentor "Jane Doe" has no GitHub handle; if "jd" is one, write "@jd".'] },
    { what: 'a bare handle linked to no URL', text: idea(withField(2, '- Mentor(s): [@jd](jd)')), expect: ['7: Mentor "[@jd](jd)" has no GitHub handle; if "jd" is one, write "@jd".'] },
    { what: 'a handle linked to a mistyped GitHub URL (2020/q3-q4)', text: idea(withField(2, '- Mentor(s): Jane Doe ([@jd](ttps://github.com/jd))')), expect: ['7: Mentor "Jane Doe" links to "ttps://github.com/jd", which is not a GitHub profile.'] },
    { what: 'a handle linked to a GitHub repository', text: idea(withField(2, '- Mentor(s): Jane Doe ([@jd](https://github.com/org/repo))')), expect: ['7: Mentor "Jane Doe" links to "https://github.com/org/repo", which is not a GitHub profile.'] },
    { what: 'a handle linked to a malformed URL', text: idea(withField(2, '- Mentor(s): [@jd](http://[x)')), expect: ['7: Mentor "[@jd](http://[x)" links to [x instead of GitHub.'] },
    { what: 'an invalid handle', text: idea(withField(2, '- Mentor(s): Jane Doe (@jane_doe)')), expect: ['7: "@jane_doe" is not a valid GitHub handle (letters, digits and single inner hyphens, at most 39).'] },
    { what: 'a name as link text (2021/03-Fall)', text: idea(withField(2, '- Mentor(s): [@Jane Doe](https://github.com/jd), Bo Li ([@Bo Li](https://github.com/boli))')), expect: ['7: The link text "@Jane Doe" is a name, not a handle: write "Jane Doe (@jd)".', '7: The link text "@Bo Li" is a name, not a handle: write "Bo Li (@boli)".'] },
    { what: 'link text and URL disagree', text: idea(withField(2, '- Mentor(s): [@jane](https://github.com/janedoe)')), expect: ['7: The link text "@jane" names another user than its URL (@janedoe).'] },
    { what: 'a template placeholder, which the placeholder rule reports instead', text: idea(withField(2, '- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy)')), expect: [] },
    { what: 'a GitHub profile URL', text: idea(withField(2, '- Mentor(s): Jane Doe (https://github.com/janedoe)')), expect: ['7: Write the GitHub profile as a handle: "(@janedoe)".'] },
    { what: 'name, handle and e-mail as pieces of a list, closed by a stray parenthesis', text: idea(withField(2, '- Mentor(s): Jane Doe, @janedoe, jane@example.com)')), expect: ['7: Write the handle in parentheses: "Jane Doe (@janedoe, jane@example.com)".'] },
    { what: 'name, handle and e-mail as pieces of a list', text: idea(withField(2, '- Mentor(s): Jane Doe, @janedoe, jane@example.com, Bo Li, @boli')), expect: ['7: Write the handle in parentheses: "Jane Doe (@janedoe, jane@example.com)".', '7: Write the handle in parentheses: "Bo Li (@boli)".'] },
    { what: 'a listed handle with its e-mail in parentheses (2023/02-Jun-Aug)', text: idea(withField(2, '- Mentor(s): Jane Doe, @janedoe (jane@example.com)')), expect: ['7: Write the handle in parentheses: "Jane Doe (@janedoe, jane@example.com)".'] },
    { what: 'a word between name and e-mail', text: idea(withField(2, '- Mentor(s): Jane Doe, janedoe, jane@example.com; Bo Li, boli, bo@example.com')), expect: ['7: Mentor "Jane Doe" has no GitHub handle; if "janedoe" is one, write "@janedoe".', '7: Mentor "Bo Li" has no GitHub handle; if "boli" is one, write "@boli".'] },
    { what: 'two mentors parted by a full stop (2023 GSoC)', text: idea(withField(2, '- Mentor(s): Jane Doe, janedoe, jane@example.com. Bo Li, boli,bo@example.com')), expect: ['7: Mentor "Jane Doe" has no GitHub handle; if "janedoe" is one, write "@janedoe".', '7: Mentor "Bo Li" has no GitHub handle; if "boli" is one, write "@boli".'] },
    { what: 'a sentence about the mentor after a full stop', text: idea(withField(2, '- Mentor(s): Jane Doe (@janedoe, jane@example.com). She leads the team.')), expect: [] },
    { what: 'mentors under their roles', text: idea(withField(2, '- Mentor(s):\n  - Primary Mentor: Jane Doe\n  - Co-Mentor: Bo Li, bo@example.com')), expect: ['8: Mentor "Jane Doe" has no GitHub handle.', '9: Mentor "Bo Li" has no GitHub handle.'] },
    { what: "the template's Mentor Name: nested under Mentor(s) (2024 LFX)", text: idea(withField(2, '- Mentor(s):\n  - Mentor Name: Jane Doe, Bo Li (@boli)')), expect: ['8: Mentor "Jane Doe" has no GitHub handle.'] },
    { what: "the template's Mentor Name: left empty above the mentors (2026 LFX), which the placeholder rule reports instead", text: idea(withField(2, '- Mentor(s):\n  - Mentor Name:\n  - Jane Doe (@janedoe)')), expect: [] },
    { what: 'mentors under their roles, below the label', text: idea(withField(2, '- Mentor(s):\n- Primary Mentor: Jane Doe\n- Co-Mentor: Bo Li (@boli)')), expect: ['8: Mentor "Jane Doe" has no GitHub handle.'] },
    { what: 'mentors known by e-mail only', text: idea(withField(2, '- Mentor(s): Jane Doe, jane@example.com, Bo Li, bo@example.com')), expect: ['7: Mentor "Jane Doe" has no GitHub handle.', '7: Mentor "Bo Li" has no GitHub handle.'] },
    { what: 'an e-mail cut from its parentheses', text: idea(withField(2, '- Mentor(s): Jane Doe, jane@example.com); Bo Li (@boli)')), expect: ['7: Mentor "Jane Doe" has no GitHub handle.'] },
    {
      what: 'every accepted form',
      text: idea(
        withField(
          2,
          '- Mentor(s): Jane Doe (@janedoe), Bo Li (@boli, bo AT example DOT com), [@cy](https://github.com/cy), [Di Wu](https://github.com/diwu), @eve, eve@example.com\n  - Fay Lu (@faylu, fay@example.com) - primary\n  - Adjunct\n    - Gil Ma (@gilma), gil@example.com\n    - Hu Ng, [@hung](https://github.com/hung), hu@example.com',
        ),
      ),
      expect: [],
    },
  ],
  'issue-url': [
    { what: 'a shorthand', text: idea(withField(3, '- Upstream Issue (URL): cncf/mentoring#12')), expect: ['8: "cncf/mentoring#12" is a shorthand that only GitHub expands: write the full URL.'] },
    { what: 'trailing punctuation', text: idea(withField(3, '- Upstream Issue (URL): https://github.com/cncf/mentoring/issues/1.')), expect: ['8: Trailing "." is not part of the URL.'] },
    { what: 'an issue list', text: idea(withField(3, '- Upstream Issue (URL): https://github.com/cncf/mentoring/issues')), expect: ['8: https://github.com/cncf/mentoring/issues is a repository or an issue list, not one issue or pull request.'] },
    { what: 'not a URL', text: idea(withField(3, '- Upstream Issue (URL): see the roadmap')), expect: ['8: "see the roadmap" is not a URL: link the upstream issue.'] },
    { what: 'parentheses', text: idea(withField(3, '- Upstream Issue (URL): (https://github.com/cncf/mentoring/issues/1)')), expect: ['8: The URL is wrapped in parentheses.'] },
    {
      what: 'links, autolinks and lists',
      text: idea(withField(3, '- Upstream Issue (URL): [#1](https://github.com/cncf/mentoring/issues/1) and <https://github.com/cncf/mentoring/pull/2>\n  - https://gitlab.com/cncf/mentoring/-/issues/3')),
      expect: [],
    },
  ],
  'heading-level': [
    {
      what: 'an idea at project level',
      text: idea(complete.join('\n')) + '\n\n### Second idea\n\n' + complete.join('\n') + '\n',
      expect: ['10: Idea "Second idea" is a level 3 heading, the level of projects; ideas in this file are level 4.'],
    },
    {
      what: 'an idea that skips a level',
      text: idea(complete.join('\n')) + '\n\n### Other\n\n##### Deep idea\n\n' + complete.join('\n') + '\n',
      expect: ['12: Idea "Deep idea" is a level 5 heading right under a level 3 one.'],
    },
    {
      what: 'ideas under a grouping heading',
      text: idea(complete.join('\n')) + '\n\n### Kubernetes\n\n#### SIG Node\n\n##### Grouped idea\n\n' + complete.join('\n') + '\n',
      expect: [],
    },
    { what: 'headings in code and quotes', text: idea(complete.join('\n')) + '\n\n```\n## Not a heading\n```\n\n> ## Nor this\n', expect: [] },
  ],
  'duplicate-idea': [
    {
      what: 'the same title twice in a project',
      text: idea(complete.join('\n'), 'Same') + '\n\n#### same\n\n' + complete.join('\n') + '\n',
      expect: ['10: Project "Project" already has an idea "same".'],
    },
    { what: 'the same title in two projects', text: idea(complete.join('\n'), 'Same') + '\n\n### Other\n\n#### Same\n\n' + complete.join('\n') + '\n', expect: [] },
  ],
  'empty-idea': [
    { what: 'a TODO heading', text: idea(complete.join('\n')) + '\n\n#### TODO\n\n#### Next\n\n' + complete.join('\n') + '\n', expect: ['10: "TODO" under project "Project" is an idea heading with no fields.'] },
    { what: 'a grouping heading', text: idea(complete.join('\n')) + '\n\n#### SIG Node\n\n##### Grouped\n\n' + complete.join('\n') + '\n', expect: [] },
  ],
};

describe('rules', () => {
  for (const [rule, ruleCases] of Object.entries(cases)) {
    describe(rule, () => {
      for (const { what, text, expect } of ruleCases) {
        it(`${expect.length ? 'reports' : 'accepts'} ${what}`, () => assert.deepEqual(found(rule, text), expect));
      }
    });
  }

  describe('related places', () => {
    /** The findings of one rule as `line:col message` and their related places as `line:col-line:col message` (1-based). */
    const at = (range: Range) => `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
    const pointing = (rule: string, text: string) =>
      lint(text)
        .findings.filter((f) => f.rule === rule)
        .map((f) => [`${at(f.range)} ${f.message}`, ...(f.related ?? []).map((place) => `${at(place.range)} ${place.message}`)]);

    it('duplicate-field points at the first of the field, under whatever label', () => {
      const text = idea(complete.join('\n').replace('Description:', 'Project Description:') + '\n- Description: more\n- Detailed description: more');
      assert.deepEqual(pointing('duplicate-field', text), [
        ['9:3-9:15 "Description" appears again in idea "An idea", the first time as "Project Description".', '5:3-5:23 the first "Project Description"'],
        ['10:3-10:24 "Detailed description" is another "Description" field in idea "An idea".', '5:3-5:23 the first "Project Description"'],
      ]);
    });

    it('duplicate-idea points at the heading of the first idea of that title', () => {
      const text = idea(complete.join('\n'), 'Same') + '\n\n#### same\n\n' + complete.join('\n') + '\n\n#### SAME\n\n' + complete.join('\n') + '\n';
      assert.deepEqual(pointing('duplicate-idea', text), [
        ['10:1-10:10 Project "Project" already has an idea "same".', '3:1-3:10 the first idea "Same"'],
        ['17:1-17:10 Project "Project" already has an idea "SAME".', '3:1-3:10 the first idea "Same"'],
      ]);
    });

    it('no message names a line: the place it points at is a related one', () => {
      const text = idea(complete.join('\n'), 'Same') + '\n- Description: again\n- Mentors:\n\n#### same\n\n' + complete.join('\n') + '\n';
      const findings = lint(text).findings;
      assert.ok(findings.some((f) => f.related?.length));
      for (const f of findings) assert.doesNotMatch(f.message, /\bline \d/, f.message);
    });
  });
});

describe('markdown-structure', () => {
  it('reports an unclosed fence, including the Template block’s', () => {
    assert.deepEqual(found('markdown-structure', '## Template\n\n```\n- Description:\n'), [
      '3: The Template block’s code fence is never closed: everything after it, to the end of the file, is read as code.',
    ]);
    assert.deepEqual(found('markdown-structure', idea(complete.join('\n')) + '\n\n````\ncode\n```\n'), [
      '10: This code fence is never closed: everything after it, to the end of the file, is read as code.',
    ]);
  });

  it('reports merge-conflict markers outside code, and not a setext underline', () => {
    const text = idea(complete.join('\n')) + '\n<<<<<<< HEAD\n- Recommended Skills: Go\n=======\n- Recommended Skills: Rust\n>>>>>>> branch\n\nTitle\n=======\n\n```\n<<<<<<< in code\n```\n';
    assert.deepEqual(
      found('markdown-structure', text).map((f) => f.split(':')[0]),
      ['9', '11', '13'],
    );
  });

  it('accepts closed fences of any length', () => {
    assert.deepEqual(found('markdown-structure', '````\n```\ninner\n```\n````\n\n~~~\nx\n~~~\n'), []);
  });
});

describe('ignore comments', () => {
  const bare = withField(2, '- Mentor(s): Jane Doe @janedoe');
  it('ideas-disable-next-line silences the named rule on the next line only', () => {
    const text = idea(bare.replace('- Mentor(s)', '<!-- ideas-disable-next-line mentor-handle -->\n- Mentor(s)'));
    assert.deepEqual(found('mentor-handle', text), []);
  });

  it('ideas-disable / ideas-enable bracket a region; without rule ids they silence every rule', () => {
    const text = `<!-- ideas-disable -->\n${idea(bare)}<!-- ideas-enable -->\n\n#### Second\n\n${bare}`;
    assert.deepEqual(found('mentor-handle', text), ['16: Write the handle in parentheses: "Jane Doe (@janedoe)".']);
  });

  it('a directive for another rule changes nothing', () => {
    const text = idea(bare.replace('- Mentor(s)', '<!-- ideas-disable-next-line issue-url -->\n- Mentor(s)'));
    assert.equal(found('mentor-handle', text).length, 1);
  });
});
