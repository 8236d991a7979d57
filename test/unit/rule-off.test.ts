import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionKind, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { URI as Uri } from 'vscode-uri';
import { parseConfig } from '../../server/src/core/config/config';
import { newConfigText, ruleOffEdits, ruleOffTarget } from '../../server/src/core/config/rule-off';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { FileError } from '../../server/src/core/fs/io-errors';
import { lint } from '../../server/src/core/lint';
import { codeActions, type CodeActionContext } from '../../server/src/features/code-actions';
import { disableCapabilities, disableContext, RULE_SETTINGS_CAPABILITY, RULE_SETTINGS_COMMAND } from '../../server/src/features/disable-actions';
import { toDiagnostic } from '../../server/src/features/diagnostics';

/** The text after the edits that turn `rule` off; the loader reads it with the rule off and no problem. */
function turnedOff(text: string, rule = 'mentor-handle'): string {
  const edits = ruleOffEdits(text, rule);
  assert.ok(edits, `no edits for ${JSON.stringify(text)}`);
  const after = applyEdits(text, edits);
  const { config, problems } = parseConfig(after, '.ideasrc.json');
  assert.deepEqual(problems, [], after);
  assert.equal(config.rules?.[rule], 'off', after);
  return after;
}

describe('"Turn off RULE in .ideasrc.json"', () => {
  describe('the edit (jsonc-parser modify)', () => {
    it('adds rules to a config with comments, which stay, in the file’s indentation', () => {
      const text = '{\n    // the program keeps one template\n    "preset": "lfx" // LFX Mentorship\n}\n';
      assert.equal(turnedOff(text), '{\n    // the program keeps one template\n    "preset": "lfx", // LFX Mentorship\n    "rules": {\n        "mentor-handle": "off"\n    }\n}\n');
    });

    it('adds the rule to the rules there, or sets one there to off, keeping trailing commas and CRLF', () => {
      assert.equal(turnedOff('{\r\n  "rules": {\r\n    "field-alias": "error", // loud\r\n  },\r\n}\r\n'), '{\r\n  "rules": {\r\n    "field-alias": "error", // loud\r\n    "mentor-handle": "off",\r\n  },\r\n}\r\n');
      assert.equal(turnedOff('{\n\t"rules": { "mentor-handle": "error" }\n}\n'), '{\n\t"rules": { "mentor-handle": "off" }\n}\n');
      assert.equal(turnedOff('{\n  "preset": "gsoc" /* the GSoC list */\n}'), '{\n  "preset": "gsoc", /* the GSoC list */\n  "rules": {\n    "mentor-handle": "off"\n  }\n}');
      // One line: jsonc-parser lays the object out.
      turnedOff('{ "preset": "gsoc", "rules": { "field-alias": "error" } }');
    });

    it('fills an empty file, and refuses what it cannot edit without losing text', () => {
      assert.equal(turnedOff(''), newConfigText('mentor-handle'));
      assert.equal(turnedOff('{}'), '{\n  "rules": {\n    "mentor-handle": "off"\n  }\n}');
      for (const text of ['{ "preset": ', '[]', '{"rules": "all"}', `{"x": ${'['.repeat(100)}${']'.repeat(100)}}`]) assert.equal(ruleOffEdits(text, 'mentor-handle'), undefined, text);
    });
  });

  describe('where it writes', () => {
    const root = mkdtempSync(join(tmpdir(), 'ideas-rule-off-'));
    const folder = join(root, 'ws');
    mkdirSync(join(folder, 'programs', '2026'), { recursive: true });
    const list = join(folder, 'programs', '2026', 'ideas.md');

    it('a new .ideasrc.json at the top of the workspace folder, or beside a file outside every folder', () => {
      assert.deepEqual(ruleOffTarget(list, [join(root, 'other'), folder]), { file: join(folder, '.ideasrc.json'), exists: false });
      assert.deepEqual(ruleOffTarget(list, []), { file: join(folder, 'programs', '2026', '.ideasrc.json'), exists: false });
    });

    it('the nearest .ideasrc.json, the one the linter reads, with its text; none when it cannot be read', () => {
      writeFileSync(join(folder, 'programs', '.ideasrc.json'), '{ "preset": "gsoc" }');
      assert.deepEqual(ruleOffTarget(list, [folder]), { file: join(folder, 'programs', '.ideasrc.json'), exists: true, text: '{ "preset": "gsoc" }' });
      const unreadable = (file: string) => {
        if (file.endsWith(join('2026', '.ideasrc.json'))) throw new FileError('EACCES', file, 'permission denied');
        return undefined;
      };
      assert.equal(ruleOffTarget(list, [folder], unreadable), undefined);
    });
  });

  describe('the quick fixes', () => {
    const text = '### P\n\n#### A\n\n- Description: a\n- Recommended Skills: Go\n- Mentor(s): Ana @ana\n- Upstream Issue (URL): https://github.com/acme/tool/issues/7\n';
    const uri = 'file:///w/ideas.md';
    const actions = (more: Partial<CodeActionContext>): CodeAction[] => {
      const { doc, findings } = lint(text, { preset: 'cncf-2020' });
      const diagnostic = toDiagnostic(findings.find((f) => f.rule === 'mentor-handle')!, uri);
      const context = { uri, version: 3, doc, findings, snippets: false, ...more };
      return codeActions(context, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] } });
    };
    const titled = (list: CodeAction[], title: string) => list.find((a) => a.title === title);

    it('edit the nearest .ideasrc.json, whatever version the editor has of it', () => {
      const action = titled(actions({ ruleOff: () => ({ file: '/w/.ideasrc.json', exists: true, text: '{ "preset": "gsoc" }' }) }), 'Turn off mentor-handle in .ideasrc.json')!;
      const [change] = action.edit!.documentChanges as TextDocumentEdit[];
      assert.deepEqual(change.textDocument, { uri: 'file:///w/.ideasrc.json', version: null });
      assert.equal(applyEdits('{ "preset": "gsoc" }', change.edits as TextEdit[]), turnedOff('{ "preset": "gsoc" }'));
    });

    it('create one when there is none and the client creates files; offer nothing it cannot do', () => {
      const none = () => ({ file: '/w/.ideasrc.json', exists: false as const });
      const action = titled(actions({ ruleOff: none, createFiles: true }), 'Turn off mentor-handle in .ideasrc.json')!;
      assert.deepEqual(action.edit!.documentChanges, [
        { kind: 'create', uri: 'file:///w/.ideasrc.json', options: { ignoreIfExists: true } },
        { textDocument: { uri: 'file:///w/.ideasrc.json', version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigText('mentor-handle') }] },
      ]);
      assert.deepEqual(parseConfig(newConfigText('mentor-handle'), 'c').config, { rules: { 'mentor-handle': 'off' } });
      assert.equal(titled(actions({ ruleOff: none }), 'Turn off mentor-handle in .ideasrc.json'), undefined, 'no create without the capability');
      assert.equal(titled(actions({ ruleOff: () => undefined }), 'Turn off mentor-handle in .ideasrc.json'), undefined, 'an unreadable config');
      assert.equal(titled(actions({ ruleOff: () => ({ file: '/w/.ideasrc.json', exists: true, text: '{ broken' }) }), 'Turn off mentor-handle in .ideasrc.json'), undefined, 'broken JSON');
    });

    it('"Turn off RULE in settings" runs the client’s command, offered only to a client that has it', () => {
      const action = titled(actions({ settingsCommand: true }), 'Turn off mentor-handle in settings')!;
      assert.deepEqual(action.command, { title: 'Turn off mentor-handle in settings', command: RULE_SETTINGS_COMMAND, arguments: ['mentor-handle', uri] });
      assert.equal(titled(actions({}), 'Turn off mentor-handle in settings'), undefined);
      assert.deepEqual(actions({ settingsCommand: true, createFiles: true, ruleOff: () => ({ file: '/w/.ideasrc.json', exists: false }) }).map((a) => a.title), [
        'Write "(@ana)"',
        'Disable mentor-handle for this line',
        'Disable mentor-handle for this idea',
        'Turn off mentor-handle in .ideasrc.json',
        'Turn off mentor-handle in settings',
        'Show documentation for mentor-handle',
      ]);
    });

    it('reads the client’s capabilities, and a file document’s config once per request', () => {
      assert.deepEqual(disableCapabilities({}), { createFiles: false, settingsCommand: false });
      assert.deepEqual(disableCapabilities({ workspace: { workspaceEdit: { resourceOperations: ['create', 'rename'] } }, experimental: { [RULE_SETTINGS_CAPABILITY]: true } }), { createFiles: true, settingsCommand: true });
      assert.equal(disableContext('untitled:Untitled-1', [], { createFiles: true }).ruleOff, undefined);
      const dir = mkdtempSync(join(tmpdir(), 'ideas-rule-off-ctx-'));
      const ruleOff = disableContext(Uri.file(join(dir, 'ideas.md')).toString(), [dir], {}).ruleOff!;
      assert.deepEqual(ruleOff(), { file: join(dir, '.ideasrc.json'), exists: false });
      writeFileSync(join(dir, '.ideasrc.json'), '{}');
      assert.deepEqual(ruleOff(), { file: join(dir, '.ideasrc.json'), exists: false }, 'read once');
    });
  });

  it('the client registers the command the server names', async () => {
    const { readFileSync } = await import('node:fs');
    const client = readFileSync(join(__dirname, '..', '..', 'client', 'src', 'rule-settings.ts'), 'utf8');
    assert.ok(client.includes(`'${RULE_SETTINGS_COMMAND}'`) && client.includes(`'${RULE_SETTINGS_CAPABILITY}'`));
    assert.match(readFileSync(join(__dirname, '..', '..', 'client', 'src', 'extension.ts'), 'utf8'), /registerRuleSettings\(client\)/);
  });
});
