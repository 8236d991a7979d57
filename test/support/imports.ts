import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');

/** The sources a graph reads: TypeScript and JavaScript modules (`scripts/*.mjs`) and declarations. */
const SOURCE = /\.(?:[cm]?[jt]s|tsx)$/;

/**
 * Each source file under `folders` (as git lists them, untracked ones included) with the project
 * files it imports, relative to the repository with `/`: type-only imports and `export … from`
 * included. A relative import that names no file keeps the path it names, so it is still seen.
 */
export function importGraph(folders: string[]): Map<string, string[]> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...folders], { cwd: root, encoding: 'utf8' }).split('\n');
  // A file git still has in its index may be gone from the working tree (moved, not yet staged).
  const files = [...new Set(listed)].filter((file) => SOURCE.test(file) && existsSync(join(root, file)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importSpecifiers(file, readFileSync(join(root, file), 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveImport(file, specifier));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * What a module imports, read from its syntax tree: `import`, `import type`, `export … from`
 * (`export * as ns from` too, which ts.preProcessFile misses), `import x = require()`, `import()`
 * and `typeof import()` in types. Comments and strings that look like imports are not imports.
 */
export function importSpecifiers(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false));
  return found;
}

/** The file a relative import names, as the bundler finds it: as written, with an extension, or a folder's index. */
function resolveImport(from: string, specifier: string): string {
  const base = resolve(root, dirname(from), specifier);
  const candidates = [
    base,
    ...['.ts', '.tsx', '.d.ts', '.mts', '.js', '.mjs'].map((extension) => `${base}${extension}`),
    // `./x.js` written for `./x.ts`, as TypeScript's ESM style has it.
    base.replace(/\.([cm]?)js$/, '.$1ts'),
    join(base, 'index.ts'),
  ];
  const found = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile());
  return relative(root, found ?? base).split(sep).join('/');
}

/**
 * The import circles of a graph: its strongly connected components of more than one file, and a
 * file that imports itself (Tarjan). Each circle's files sorted.
 */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)?.includes(file)) circles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}
