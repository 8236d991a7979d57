import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/core/config/config';
import { lint } from '../../server/src/core/lint';
import { completions } from '../../server/src/features/completion';
import { WorkspaceIndex } from '../../server/src/host/workspace-index';

/** A .ideasrc.json template: the skills field is known by its kind, whatever its label. */
const configured = (skills: { label: string; kind?: string }) =>
  parseConfig(JSON.stringify({ template: { fields: [{ label: 'Summary' }, skills, { label: 'Who mentors', kind: 'mentors' }] } }), 'cfg.json').config;

const workspace = `### Orbit

#### Snapshots

- Summary: Faster snapshots.
- SKILLS: Rust, gRPC
- Who mentors: Chidi Okafor (@chidi-okafor)

#### Restore

- Summary: Restore.
- SKILLS: Rust
- Who mentors: Chidi Okafor (@chidi-okafor)
`;

const editing = `### Mesh

#### Replay

- Summary: Record and replay traffic.
- SKILLS: Go, 
- Who mentors: Ana Silva (@anasilva)
`;

/** What completion offers after "Go, " in the skills value, with the workspace indexed under `label` and `kind`. */
function skillsOffered(label: string, kind?: string): string[] {
  const options = configured({ label, ...(kind ? { kind } : {}) });
  const index = new WorkspaceIndex();
  index.set('file:///orbit.md', lint(workspace.replaceAll('SKILLS', label), options).doc);
  const { doc } = lint(editing.replaceAll('SKILLS', label), options);
  index.set('file:///mesh.md', doc);
  const line = 5;
  return completions(doc, { line, character: doc.lines.lineText(line).length }, index).map((item) => item.label);
}

describe('completion', () => {
  it('offers the skills in use in a field of the skills kind, whatever the template calls it', () => {
    assert.deepEqual(skillsOffered('Skills required', 'skills'), ['Rust', 'gRPC']);
    assert.deepEqual(skillsOffered('Recommended Skills', 'skills'), ['Rust', 'gRPC']);
  });

  it('offers no skills in a text field, even one labelled like the presets’ skills field', () => {
    assert.deepEqual(skillsOffered('Recommended Skills'), []);
    assert.deepEqual(skillsOffered('Skills required', 'text'), []);
  });
});
