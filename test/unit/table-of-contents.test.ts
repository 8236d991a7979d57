import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { DocumentLinter } from '../../server/src/core/incremental/document-linter';
import { lint } from '../../server/src/core/lint';
import type { Finding } from '../../server/src/core/rules/finding';
import { githubAnchor, plainTitle, tableOfContents, uniqueAnchors } from '../../server/src/core/rules/table-of-contents';
import { fromScratch } from '../support/from-scratch';
import { plain } from '../support/plain';

const findings = (text: string): Finding[] => lint(text, { preset: 'cncf-2020' }).findings.filter((f) => f.rule === tableOfContents.id);
/** `line: message` (1-based lines, as editors show them). */
const found = (text: string) => findings(text).map((f) => `${f.range.start.line + 1}: ${f.message}`);

/** Two projects with an idea each, and what follows `toc` (the lines between the markers). */
const list = (toc: string[], more = '') =>
  [
    '## Ideas',
    '',
    '<!-- TOC -->',
    ...toc,
    '<!-- /TOC -->',
    '',
    '### Alpha',
    '',
    '#### Traffic replay',
    '',
    '- Description: x',
    '',
    '### Beta',
    '',
    '#### Dry run',
    '',
    '- Description: y',
    more,
  ].join('\n');

const complete = ['- [Alpha](#alpha)', '  - [Traffic replay](#traffic-replay)', '- [Beta](#beta)', '  - [Dry run](#dry-run)'];

describe('table-of-contents', () => {
  it('GitHub anchors of real titles (CNCF lists)', () => {
    const anchors: [string, string][] = [
      ['Service performance analysis on top of Elasticsearch / OpenSearch data', 'service-performance-analysis-on-top-of-elasticsearch--opensearch-data'],
      ['Reactive Agents with Drasi & Dapr', 'reactive-agents-with-drasi--dapr'],
      ['AI-Powered Trace Analysis: Phase 2 - Self-Service "Skills" Framework', 'ai-powered-trace-analysis-phase-2---self-service-skills-framework'],
      ['Security-focused UX Improvements for the Inspektor Gadget kubernetes-sigs/headlamp Plugin', 'security-focused-ux-improvements-for-the-inspektor-gadget-kubernetes-sigsheadlamp-plugin'],
      ['The Update Framework (TUF)', 'the-update-framework-tuf'],
      ['Elevate our .NET SDK into a first class citizen', 'elevate-our-net-sdk-into-a-first-class-citizen'],
      ['Policy Exceptions 3.0', 'policy-exceptions-30'],
      ['KPM & LSP Integrated', 'kpm--lsp-integrated'],
      ["Prometheus Remote-Write v2 support in otel-collector's `prometheusremotewriteexporter`.", 'prometheus-remote-write-v2-support-in-otel-collectors-prometheusremotewriteexporter'],
      ['Get `PrometheusRemoteWriteReceiver` in OTel-Collector to Alpha Maturity', 'get-prometheusremotewritereceiver-in-otel-collector-to-alpha-maturity'],
      ['[kpt](https://kpt.dev/)', 'kpt'],
      ['`__init__` hooks for _Café_ **users**', '__init__-hooks-for-café-users'],
    ];
    for (const [title, anchor] of anchors) assert.equal(githubAnchor(plainTitle(title)), anchor, title);
    // A reference to no character is U+FFFD, as CommonMark reads it, not a thrown RangeError.
    assert.equal(plainTitle('a &#99999999; &#xD800; &#0; &#233; b'), 'a \uFFFD \uFFFD \uFFFD é b');
    assert.deepEqual(uniqueAnchors(['Harbor CLI', 'Harbor CLI', 'Harbor', 'Harbor CLI']), ['harbor-cli', 'harbor-cli-1', 'harbor', 'harbor-cli-2']);
    assert.deepEqual(uniqueAnchors(['foo', 'foo', 'foo-1']), ['foo', 'foo-1', 'foo-1-1']);
  });

  it('a complete table gives nothing; an anchor off only in case is one GitHub finds', () => {
    assert.deepEqual(found(list(complete)), []);
    assert.deepEqual(found(list(complete.map((line) => line.replace('#dry-run', '#Dry-Run')))), []);
  });

  it('a missing idea: one finding on the opening marker, the heading as a related place', () => {
    const text = list(complete, '\n#### Load test\n\n- Description: z\n');
    assert.deepEqual(found(text), ['3: The table of contents misses 1 heading: "Load test".']);
    assert.deepEqual(findings(text)[0].related?.map((place) => [place.range.start.line + 1, place.message]), [[text.split('\n').indexOf('#### Load test') + 1, 'the heading "Load test"']]);
  });

  it('a removed idea, and a wrong anchor: one finding on each entry', () => {
    assert.deepEqual(found(list([...complete, '  - [Old idea](#old-idea)'])), ['8: The table of contents lists "Old idea", which no heading is titled any more.']);
    assert.deepEqual(found(list(complete.map((line) => line.replace('#dry-run', '#dryrun')))), ['7: The table of contents links "Dry run" to #dryrun, not to its heading (#dry-run).']);
  });

  it('duplicate titles: the second heading is #title-1', () => {
    const text = (first: string, second: string) =>
      ['<!-- TOC -->', '- [A](#a)', `  - [Docs](#${first})`, '- [B](#b)', `  - [Docs](#${second})`, '<!-- TOC -->', '', '### A', '', '#### Docs', '', '- Description: x', '', '### B', '', '#### Docs', '', '- Description: y', ''].join('\n');
    assert.deepEqual(found(text('docs', 'docs-1')), []);
    assert.deepEqual(found(text('docs', 'docs')), ['5: The table of contents links "Docs" to #docs, not to its heading (#docs-1).']);
  });

  it('the fix regenerates the table between the markers in its own style; the rule then finds nothing', () => {
    const toc = ['* [Alpha](#alpha)', '    * [Traffic replay](#traffic-replay)', '    * [Gone](#gone)', '* [Beta](#beta)', '    * [Dry run](#dryrun)'];
    const text = list(toc, '\n#### Load test\n\n- Description: z\n');
    const all = findings(text);
    assert.equal(all.length, 3);
    // Every finding carries the one fix, one edit over the lines between the markers.
    for (const finding of all) assert.deepEqual(finding.fixes, all[0].fixes);
    const [fix] = all[0].fixes;
    assert.equal(fix.title, 'Regenerate the table of contents');
    assert.equal(fix.edits.length, 1);
    assert.deepEqual(plain(fix.edits[0].range), { start: { line: 3, character: 0 }, end: { line: 8, character: 0 } });
    const fixed = applyEdits(text, fix.edits);
    assert.equal(
      fixed,
      list(['* [Alpha](#alpha)', '    * [Traffic replay](#traffic-replay)', '* [Beta](#beta)', '    * [Dry run](#dry-run)', '    * [Load test](#load-test)'], '\n#### Load test\n\n- Description: z\n'),
    );
    assert.deepEqual(found(fixed), []);
  });

  it('the fix touches nothing outside the markers (IntelliJ writes <!-- TOC --> twice, CRLF kept)', () => {
    const before = 'Intro text.\r\n\r\n<!-- TOC -->\r\n';
    const after = '<!-- TOC -->\r\nTrailing [link](#alpha).\r\n\r\n### Alpha\r\n\r\n#### Traffic replay\r\n\r\n- Description: x\r\n\r\n#### Dry run\r\n\r\n- Description: y\r\n';
    const text = `${before}- [Alpha](#alpha)\r\n  - [Traffic replay](#traffic)\r\n${after}`;
    assert.deepEqual(found(text), ['3: The table of contents misses 1 heading: "Dry run".', '5: The table of contents links "Traffic replay" to #traffic, not to its heading (#traffic-replay).']);
    const fixed = applyEdits(text, findings(text)[0].fixes[0].edits);
    assert.equal(fixed, `${before}- [Alpha](#alpha)\r\n  - [Traffic replay](#traffic-replay)\r\n  - [Dry run](#dry-run)\r\n${after}`);
  });

  it('no markers, an unclosed one or markers in code give nothing; a line that is not an entry withholds the fix', () => {
    const broken = complete.map((line) => line.replace('#dry-run', '#dryrun'));
    assert.deepEqual(found(list(broken).replace(/<!-- \/?TOC -->\n/g, '')), []);
    assert.deepEqual(found(list(broken).replace('<!-- /TOC -->\n', '')), []);
    assert.deepEqual(found(list(broken).replace('<!-- TOC -->', '```\n<!-- TOC -->').replace('<!-- /TOC -->', '<!-- /TOC -->\n```')), []);
    const prose = findings(list([...broken, '', 'Ask the maintainers.']));
    assert.equal(prose.length, 1);
    assert.deepEqual(prose[0].fixes, []);
  });

  it('a heading renamed away from the table is found by an incremental lint as from scratch', () => {
    const linter = new DocumentLinter();
    const text = list(complete, '\n### Gamma\n\n#### Docs\n\n- Description: z\n\n### Delta\n\n#### Site\n\n- Description: w\n');
    const toc = text.replace('<!-- /TOC -->', '- [Gamma](#gamma)\n  - [Docs](#docs)\n- [Delta](#delta)\n  - [Site](#site)\n<!-- /TOC -->');
    assert.deepEqual(plain(linter.lint(toc).findings.filter((f) => f.rule === tableOfContents.id)), []);
    for (const edited of [toc.replace('#### Site', '#### Site search'), toc.replace('#### Site', '#### Site search').replace('- Description: w', '- Description: ww')]) {
      const incremental = linter.lint(edited).findings.filter((f) => f.rule === tableOfContents.id);
      assert.equal(incremental.length, 2);
      assert.deepEqual(plain(incremental), plain(fromScratch(edited).findings.filter((f) => f.rule === tableOfContents.id)));
    }
  });
});
