import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules, type Finding, type Severity } from '../core';
import type { FileFindings } from './report';


const levels: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: 1-based regions, URIs relative to %SRCROOT%.
 * No `informationUri` or `helpUri`: SARIF wants absolute URIs, and the rule pages ship with the
 * package (`docs/rules/<id>.md`), not at an address of their own.
 */
export function formatSarif(results: FileFindings[], cwd = process.cwd()): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ideas-lint',
            version: IDEAS_VERSION,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: levels[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + '/').href } },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => result(f, artifactUri(file, cwd), ruleIndex.get(f.rule) ?? -1, cwd)),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function artifactUri(file: string, cwd: string): string {
  return relative(cwd, file).split(/[\\/]/).map(encodeURIComponent).join('/');
}

function result(f: Finding, uri: string, ruleIndex: number, cwd: string) {
  const location = { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } };
  const region = (range: Finding['range']) => {
    // SARIF columns count characters; an empty range still needs endColumn > startColumn.
    const end = range.end.line === range.start.line && range.end.character === range.start.character ? { ...range.end, character: range.end.character + 1 } : range.end;
    return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  return {
    ruleId: f.rule,
    ruleIndex,
    level: levels[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { ...location, region: region(f.range) } }],
    ...(f.related && f.related.length > 0 && {
      relatedLocations: f.related.map((place, index) => ({
        id: index + 1,
        physicalLocation: { artifactLocation: place.file === undefined ? location.artifactLocation : { uri: artifactUri(place.file, cwd), uriBaseId: '%SRCROOT%' }, region: region(place.range) },
        message: { text: place.message },
      })),
    }),
    ...(f.fixes.length > 0 && {
      fixes: f.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            ...location,
            replacements: fix.edits.map((edit) => ({
              deletedRegion: {
                startLine: edit.range.start.line + 1,
                startColumn: edit.range.start.character + 1,
                endLine: edit.range.end.line + 1,
                endColumn: edit.range.end.character + 1,
              },
              insertedContent: { text: edit.newText },
            })),
          },
        ],
      })),
    }),
  };
}
