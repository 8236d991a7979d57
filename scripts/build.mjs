// Bundles the client, the language server and the CLI with esbuild.
//   node scripts/build.mjs               development build with sourcemaps
//   node scripts/build.mjs --production  minified, no sourcemaps (what the .vsix ships)
//   node scripts/build.mjs --watch       rebuild on change
//   node scripts/build.mjs --metafile    also write esbuild's metafile of every bundle to dist/meta.json (for the bench)
import { readFileSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const metafile = process.argv.includes('--metafile');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
  // remark's ESM packages pick their Node entry points under these conditions.
  mainFields: ['module', 'main'],
  define: { IDEAS_VERSION: JSON.stringify(version) },
};

const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js is a small launcher that runs dist/server-main.js through V8's code cache (server/src/launch.ts).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js' },
  { ...common, entryPoints: ['server/src/launch.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The end-to-end suite, loaded inside VS Code's extension host; mocha comes from node_modules.
  { ...common, entryPoints: ['test/e2e/index.ts'], outfile: 'dist/test/e2e/index.js', external: ['vscode', 'mocha'] },
];

if (watch) {
  for (const options of bundles) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(bundles.map((options) => esbuild.build({ ...options, metafile })));
  // One file: every bundle's inputs are under its own output's name.
  if (metafile) writeFileSync('dist/meta.json', JSON.stringify({ outputs: Object.assign({}, ...results.map((result) => result.metafile.outputs)) }));
}
