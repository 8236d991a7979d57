import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../server/src/core/config/config';
import { findConfig } from '../../server/src/core/config/files';
import { lint, type LintOptions } from '../../server/src/core/lint';
import { readCodeowners } from '../../server/src/core/maintainers/codeowners';
import { readCsvList } from '../../server/src/core/maintainers/csv-list';
import { csvRows } from '../../server/src/core/maintainers/csv-rows';
import { MaintainerLists } from '../../server/src/core/maintainers/maintainer-lists';
import { readMaintainerLines } from '../../server/src/core/maintainers/maintainers-lines';
import { readMaintainersYaml } from '../../server/src/core/maintainers/maintainers-yaml';
import { readOwners } from '../../server/src/core/maintainers/owners';
import { projectKeys } from '../../server/src/core/maintainers/project-name';

/** CNCF's shape: an unnamed first column, the project on its first row only, a blank separator row. */
const CSV = [
  ',Project,Maintainer Name,Company,Github Name,OWNERS/MAINTAINERS',
  'Graduated,Gateway API,Rob Scott,Google,robscott,https://example.com/OWNERS',
  ',,"Scott, Rob ""Jr""",Google,@shaneutt ,',
  ',,,,,',
  'Incubating,Open Policy Agent,Tim Hinrichs,Styra,timothyhinrichs,',
  ',Kubernetes: SIG Release (non-voting),Sascha Grunert,Red Hat,saschagrunert,',
].join('\r\n');

const OWNERS = `# See the OWNERS docs
approvers:
  - jdoe   # lead
  - "AnaLima"
reviewers: [bochen, sig-foo-leads]
emeritus_approvers:
  - retired
filters:
  ".*":
    approvers:
      - filtered
`;

describe('maintainers files', () => {
  it('splits CSV records as RFC 4180 does: quotes, commas and doubled quotes inside them, CRLF, a BOM', () => {
    assert.deepEqual(csvRows('\uFEFFa,"b, c","say ""hi"""\r\n"two\r\nlines",,x\nlast'), [
      ['a', 'b, c', 'say "hi"'],
      ['two\r\nlines', '', 'x'],
      ['last'],
    ]);
    assert.deepEqual(csvRows('a,"unclosed, to the end'), [['a', 'unclosed, to the end']]);
  });

  it("reads CNCF's project-maintainers.csv shape: columns by header, case aside; a blank project cell is the project above", () => {
    assert.deepEqual(readCsvList(CSV).entries, [
      { project: 'Gateway API', name: 'Rob Scott', handle: 'robscott' },
      { project: 'Gateway API', name: 'Scott, Rob "Jr"', handle: 'shaneutt' },
      { project: 'Open Policy Agent', name: 'Tim Hinrichs', handle: 'timothyhinrichs' },
      { project: 'Kubernetes: SIG Release (non-voting)', name: 'Sascha Grunert', handle: 'saschagrunert' },
    ]);
    assert.deepEqual(readCsvList('PROJECT,GITHUB HANDLE\nMesh,ana\n').entries, [{ project: 'Mesh', handle: 'ana' }]);
    assert.equal(readCsvList('Project,Name\nMesh,Ana\n').problem, 'has no "GitHub" or "Handle" column in its header (Project, Name)');
    assert.equal(readCsvList('\r\n').problem, 'is empty');
  });

  it('reads OWNERS approvers and reviewers, block and flow lists, under filters too; not emeritus', () => {
    assert.deepEqual(
      readOwners(OWNERS, 'Gateway API').entries?.map((e) => e.handle),
      ['jdoe', 'AnaLima', 'bochen', 'sig-foo-leads', 'filtered'],
    );
    assert.deepEqual(readOwners('options:\n  no_parent_owners: true\n', 'X').entries, []);
    assert.equal(readOwners('just prose\n', 'X').problem, 'is not an OWNERS file: it has no "approvers:" or "reviewers:" list');
  });

  it('reads a maintainers.yaml in its two shapes: a list of projects with their maintainers, a map of projects to people', () => {
    const listed = '# who maintains what\n- project: Gateway API\n  maintainers:\n    - jdoe\n    - name: Ana Lima\n      github: "@analima"\n- project: "Chaos Mesh"\n  maintainers: \n    - https://github.com/bo-li\n';
    assert.deepEqual(
      readMaintainersYaml(listed).entries,
      [
        { project: 'Gateway API', handle: 'jdoe' },
        { project: 'Gateway API', name: 'Ana Lima', handle: 'analima' },
        { project: 'Chaos Mesh', handle: 'bo-li' },
      ],
    );
    const mapped = 'Gateway API:\n  - jdoe # lead\n  - name: Ana Lima\n    handle: analima\nChaos Mesh:\n  - login: bo-li\n';
    assert.deepEqual(
      readMaintainersYaml(mapped).entries?.map((entry) => `${entry.project} ${entry.handle}`),
      ['Gateway API jdoe', 'Gateway API analima', 'Chaos Mesh bo-li'],
    );
    assert.match(readMaintainersYaml('maintainers:\n  - jdoe\n').problem!, /^lists no maintainer with a GitHub handle under a project/);
  });

  it('reads MAINTAINERS lines (handle or profile link; the name before it) and CODEOWNERS owners (no teams, no e-mails)', () => {
    const lines = ['# Maintainers', '', '- Jane Doe (@janedoe) <jane@example.com>', '| Bo Chen | [bochen](https://github.com/bochen) |', 'Ana Lima ana@example.com', 'see github.com/org/repo'].join('\n');
    assert.deepEqual(readMaintainerLines(lines, 'Mesh').entries, [
      { project: 'Mesh', name: 'Jane Doe', handle: 'janedoe' },
      { project: 'Mesh', name: 'Bo Chen', handle: 'bochen' },
    ]);
    const codeowners = '# owners\n* @jdoe @org/team\n/docs/ @AnaLima jane@example.com @jdoe # again\n';
    assert.deepEqual(readCodeowners(codeowners, 'Mesh').entries?.map((e) => e.handle), ['jdoe', 'AnaLima']);
  });
});

describe('project names', () => {
  it('match as a reviewer matches them: case, punctuation, spacing, "The … project", a trailing parenthesis, a part of a project', () => {
    const same = (a: string, b: string) => projectKeys(a).some((key) => projectKeys(b).includes(key));
    assert.ok(same('Chaos Mesh', 'ChaosMesh'));
    assert.ok(same('cert-manager', 'Cert Manager'));
    assert.ok(same('The Jaeger project', 'Jaeger'));
    assert.ok(same('Open Policy Agent (OPA)', 'OPA'));
    assert.ok(same('Open Policy Agent (OPA)', 'open policy agent'));
    assert.ok(same('Jaeger (CNCF)', 'jaeger'));
    assert.ok(same('Kubernetes: SIG Release (non-voting)', 'Kubernetes'));
    assert.ok(same('Fluent Bit', 'Flüent-Bit'));
    assert.ok(same('[kpt](https://kpt.dev/)', 'kpt'));
    assert.ok(same('Prometheus (sample):', 'Prometheus'));
    assert.ok(same('Cilium/Tetragon', 'Cilium'));
    assert.ok(same('Krkn - Chaos', 'krkn'));
    assert.ok(same('Linkerd and Envoy', 'Envoy'));
    assert.ok(same('Open Service Mesh, Kuma and Service Mesh Interface', 'Kuma'));
    assert.ok(!same('Kubernetes: SIG Docs', 'Harbor: SIG Docs'));
    assert.ok(!same('Envoy Gateway', 'Envoy'));
    assert.ok(!same('Argo', 'Argo CD'));
  });

  it('map a name that differs between the list and the files with projectAliases', () => {
    const lists = new MaintainerLists([{ file: 'm.csv', entries: [{ project: 'Buildpacks', handle: 'jdoe' }] }], { 'Cloud Native Buildpacks': 'Buildpacks' });
    assert.ok(lists.of('Cloud-Native Buildpacks')?.has('JDoe'));
    assert.equal(new MaintainerLists([{ file: 'm.csv', entries: [{ project: 'Buildpacks', handle: 'jdoe' }] }]).of('Cloud Native Buildpacks'), undefined);
  });

  it('compare as lint options by their reading, not their rows', () => {
    const a = new MaintainerLists([]);
    const b = new MaintainerLists([]);
    assert.match(JSON.stringify({ maintainerLists: a }), /^\{"maintainerLists":"maintainers#\d+"\}$/);
    assert.notEqual(JSON.stringify(a), JSON.stringify(b));
  });
});

describe('maintainers in .ideasrc.json', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ideas-maintainers-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const configWith = (json: string) => {
    writeFileSync(join(dir, '.ideasrc.json'), json);
    return findConfig(join(dir, 'ideas.md'));
  };

  it('reads a CSV and an OWNERS file with the config, a project named differently in the list and in the file', () => {
    writeFileSync(join(dir, 'project-maintainers.csv'), CSV);
    writeFileSync(join(dir, 'OWNERS'), OWNERS);
    const loaded = configWith('{"maintainers": ["project-maintainers.csv", {"file": "OWNERS", "project": "Kubernetes Gateway API"}], "projectAliases": {"K8s Gateway API": "Gateway API"}}');
    assert.deepEqual(loaded.problems, []);
    const lists = loaded.config.maintainerLists!;
    const gateway = lists.of('K8s Gateway API')!;
    assert.deepEqual(gateway.files, ['project-maintainers.csv']);
    assert.ok(gateway.has('RobScott') && !gateway.has('jdoe'));
    const both = lists.of('Kubernetes Gateway API (CNCF)')!;
    assert.ok(both.has('jdoe') && !both.has('robscott'));
    assert.ok(lists.of('Open Policy Agent (OPA)')?.has('timothyhinrichs'));
    assert.ok(lists.of('Kubernetes')?.has('saschagrunert'));
  });

  it('reads every file a glob matches below the config', () => {
    writeFileSync(join(dir, 'a.csv'), 'Project,GitHub\nMesh,ana\n');
    writeFileSync(join(dir, 'b.csv'), 'Project,GitHub\nMesh,bo\n');
    const lists = configWith('{"maintainers": ["*.csv"]}').config.maintainerLists!;
    assert.deepEqual(lists.of('Mesh')?.files, ['a.csv', 'b.csv']);
  });

  it('says which file is missing, unreadable or empty, at its entry, and keeps the others', () => {
    writeFileSync(join(dir, 'MAINTAINERS'), 'nobody here\n');
    writeFileSync(join(dir, 'ok.csv'), 'Project,GitHub\nMesh,ana\n');
    const loaded = configWith('{\n  "maintainers": [\n    "missing.csv",\n    {"file": "MAINTAINERS", "project": "Mesh"},\n    "none/*.csv",\n    "ok.csv"\n  ]\n}');
    assert.deepEqual(
      loaded.problems.map((p) => `${p.line}:${p.character} ${p.message}`),
      [
        '2:4 maintainers: "missing.csv" cannot be read: no such file or directory',
        '3:4 maintainers: "MAINTAINERS" lists no maintainer with a GitHub handle',
        '4:4 maintainers: no file matches "none/*.csv"',
      ],
    );
    assert.ok(loaded.config.maintainerLists?.of('Mesh')?.has('ana'));
  });

  it('refuses an entry it cannot use, with a clear message, and reads the rest', () => {
    const { config, problems } = parseConfig('{"maintainers": ["OWNERS", {"file": "m.csv", "project": "X"}, {"project": "X"}, 3, {"file": "M", "project": "X", "team": 1}, " "], "projectAliases": {"A": "", "": "B", "C": "D"}}', 'c');
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'maintainers: "OWNERS" names no project: write { "file": "OWNERS", "project": "…" } with the project\'s heading in the list',
        'maintainers: "m.csv" names its projects on its rows: leave out "project" (map a name that differs with "projectAliases")',
        'maintainers: an entry must name its "file"',
        'maintainers: must be an array of file paths or { "file", "project" } objects',
        'maintainers: unknown key "team" (expected file or project)',
        'maintainers: a glob is empty',
        'projectAliases: "A" must map to a non-empty project name',
        'projectAliases: a project name is empty',
      ],
    );
    assert.deepEqual(config.maintainers?.map(({ file, project }) => ({ file, project })), [{ file: 'M', project: 'X' }]);
    assert.deepEqual(config.projectAliases, { C: 'D' });
  });
});

describe('mentor-not-maintainer', () => {
  const lists = new MaintainerLists([
    { file: 'project-maintainers.csv', entries: [{ project: 'Gateway API', handle: 'robscott' }] },
    { file: 'OWNERS', entries: [{ project: 'Gateway API', handle: 'AnaLima' }] },
  ]);
  const found = (text: string, options: LintOptions = { maintainerLists: lists }) =>
    lint(text, options)
      .findings.filter((f) => f.rule === 'mentor-not-maintainer')
      .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.character + 1} ${f.severity} ${f.message}`);
  const list = [
    '## Gateway API',
    '',
    '### Route mirroring',
    '- Description: Mirror routes.',
    '- Mentor(s): Rob Scott (@RobScott), Jo Doe (@jdoe), Ana Lima (@analima), No Handle',
    '',
    '### Route filters',
    '- Description: Filter routes.',
    '- Mentor(s): Jo Doe (@jdoe), Name (@github-handle)',
    '',
    '## Orbit',
    '',
    '### One',
    '- Description: One.',
    '- Mentor(s): Jo Doe (@jdoe)',
    '',
    '### Two',
    '- Description: Two.',
    '- Mentor(s): Bo Chen (@bochen)',
    '',
  ].join('\n');

  it("reports the mentors of an idea none of whose mentors is among the project's maintainers, on the handle, naming the files checked; a project no file lists once", () => {
    assert.deepEqual(found(list), [
      '9:23-27 warning @jdoe is not among the maintainers of Gateway API in project-maintainers.csv or OWNERS',
      '11:1-9 info no maintainers listed for Orbit in project-maintainers.csv or OWNERS; if a file names it differently, map the name with "projectAliases" in .ideasrc.json',
    ]);
  });

  it('runs only when maintainers are configured, and as configured', () => {
    assert.deepEqual(found(list, {}), []);
    assert.deepEqual(found(list, { maintainerLists: lists, rules: { 'mentor-not-maintainer': 'off' } }), []);
    assert.ok(found(list, { maintainerLists: lists, rules: { 'mentor-not-maintainer': 'error' } }).every((f) => / error /.test(f)));
  });
});
