import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '../..');

export interface CallSite {
  /** The called expression as written, e.g. "contents.on" or "app.enableSandbox". */
  callee: string;
  /** Each argument as written. */
  args: string[];
}

/**
 * Every call in a source file, read with the TypeScript parser: static checks of code that only
 * runs inside Electron (which cannot start here), robust to formatting and comments.
 */
export function callsIn(relativePath: string): CallSite[] {
  const text = fs.readFileSync(path.join(root, relativePath), 'utf8');
  const source = ts.createSourceFile(relativePath, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls: CallSite[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      calls.push({ callee: node.expression.getText(source), args: (node.arguments ?? []).map((a) => a.getText(source)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

export function readSource(relativePath: string): string {
  return fs.readFileSync(path.join(root, relativePath), 'utf8');
}

export const projectRoot = root;
