import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * What the Node bundles (dist/electron/*.cjs) load at run time, and whether the packaged app can load
 * it: every require() must name a Node built-in, `electron`, or a runtime dependency (package.json
 * `dependencies`, the only packages electron-builder ships) that resolves for require and is
 * CommonJS. An ES-module-only package would need Node's require-of-ESM from inside app.asar, which
 * Electron does not test and which has broken there (electron/electron#45896, #46614).
 */

export interface BundleRequire {
  /** The bundle file, relative to the folder checked. */
  file: string;
  specifier: string;
  /** require("x"), requireN.resolve("x") (a createRequire), or import("x"). */
  kind: 'require' | 'resolve' | 'import';
}

export interface RequireProblem extends BundleRequire {
  problem: string;
}

/** Every require, require.resolve and import() with a literal name in a bundle, read with the TypeScript parser. */
export function bundleRequires(file: string, base = path.dirname(file)): BundleRequire[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: BundleRequire[] = [];
  const name = path.relative(base, file);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const specifier = node.arguments[0].text;
      const callee = node.expression;
      // esbuild names a createRequire() result require2, require3, ...
      const isRequire = (e: ts.Expression) => ts.isIdentifier(e) && /^require\d*$/.test(e.text);
      if (isRequire(callee)) found.push({ file: name, specifier, kind: 'require' });
      else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && isRequire(callee.expression)) found.push({ file: name, specifier, kind: 'resolve' });
      else if (callee.kind === ts.SyntaxKind.ImportKeyword) found.push({ file: name, specifier, kind: 'import' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** "pdfmake/package.json" -> "pdfmake"; "@scope/x/y" -> "@scope/x". */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Node's own rule for what a resolved file is: .mjs, or .js under a package.json of type "module", is an ES module. */
export function isEsModuleFile(file: string): boolean {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = path.dirname(file); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { type?: string }).type === 'module';
  }
  return false;
}

/**
 * Checks every require of the .cjs bundles in a folder against the project's package.json and
 * node_modules. Each runtime package is also really required once, in one Node process with
 * require-of-ESM switched off, so "can be required" is proven, not inferred. An import() left in a
 * bundle may load an ES module (Node's asynchronous loader reads asar); its package must be a
 * runtime dependency that is installed.
 */
export function checkBundleRequires(dir: string, projectRoot: string): { requires: BundleRequire[]; problems: RequireProblem[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
  const development = new Set(Object.keys(manifest.devDependencies ?? {}));
  const resolver = createRequire(path.join(projectRoot, 'package.json'));
  const requires = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cjs'))
    .sort()
    .flatMap((f) => bundleRequires(path.join(dir, f), dir));
  const problems: RequireProblem[] = [];
  const toLoad = new Map<string, BundleRequire>();
  for (const found of requires) {
    const { specifier } = found;
    if (isBuiltin(specifier) || specifier === 'electron') continue;
    if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
      if (!fs.existsSync(path.resolve(dir, path.dirname(found.file), specifier))) problems.push({ ...found, problem: 'no such file beside the bundle' });
      continue;
    }
    const pkg = packageName(specifier);
    if (!runtime.has(pkg)) {
      problems.push({ ...found, problem: development.has(pkg) ? 'a devDependency: electron-builder does not ship it' : 'not in package.json dependencies' });
      continue;
    }
    if (found.kind === 'import') {
      // import() loads an ES module the asynchronous, asar-aware way: the package only has to be there.
      if (!fs.existsSync(path.join(projectRoot, 'node_modules', pkg, 'package.json'))) problems.push({ ...found, problem: 'not installed' });
      continue;
    }
    let resolved: string;
    try {
      resolved = resolver.resolve(specifier);
    } catch (error) {
      problems.push({ ...found, problem: `does not resolve for require: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    if (isEsModuleFile(resolved)) {
      problems.push({ ...found, problem: `an ES module only (${path.relative(projectRoot, resolved)}): it would need require(esm) from inside app.asar` });
      continue;
    }
    if (found.kind === 'require') toLoad.set(specifier, found);
  }
  problems.push(...requireEach([...toLoad.values()], projectRoot));
  return { requires, problems };
}

/** Requires each package in one child Node process with require(esm) off; returns those that fail. */
function requireEach(found: BundleRequire[], projectRoot: string): RequireProblem[] {
  if (found.length === 0) return [];
  const script = `
    const failed = {};
    for (const name of JSON.parse(process.argv[1])) {
      try { require(name); } catch (error) { failed[name] = String(error && error.code || error); }
    }
    process.stdout.write(JSON.stringify(failed));`;
  const out = execFileSync(process.execPath, ['--no-experimental-require-module', '-e', script, JSON.stringify(found.map((f) => f.specifier))], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const failed = JSON.parse(out) as Record<string, string>;
  return found.filter((f) => f.specifier in failed).map((f) => ({ ...f, problem: `require fails without require(esm): ${failed[f.specifier]}` }));
}
