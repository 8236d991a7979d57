// Bundles the GitHub Action (action.yml runs scripts/action/index.js, committed: a JavaScript action
// runs from the repository as it is, without an install or a build).
//   node scripts/build-action.mjs   writes scripts/action/index.js
// test/unit/action.test.ts builds it again in memory and fails when the committed bundle is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = 'scripts/action/index.js';

/** The bundle's text: minified, no sourcemap, nothing of the machine that built it (paths, times). */
export async function buildAction() {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['server/src/action/main.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    // remark's ESM packages pick their Node entry points under these conditions (as scripts/build.mjs).
    mainFields: ['module', 'main'],
    define: { IDEAS_VERSION: JSON.stringify(version) },
    banner: { js: `// ideas-lint GitHub Action ${version}: built from server/src/action by scripts/build-action.mjs (npm run build:action). Do not edit.` },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(new URL(`../${BUNDLE}`, import.meta.url), await buildAction());
  console.log(`wrote ${BUNDLE}`);
}
