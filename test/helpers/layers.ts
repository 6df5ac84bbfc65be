import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layer rules of electron/core (README, "Map of the code"), checked on the folders the
 * imports connect: platform (knows no feature) < features < app. A lower layer never imports a
 * higher one, and no two folders import each other, however long the way round.
 */

export interface ImportEdge {
  /** Paths relative to electron/core, e.g. "features/import/undo.ts". */
  from: string;
  to: string;
}

const LAYERS = ['platform', 'features', 'app'] as const;

/** The folder an import connects: "features/import", "platform/db"; a file at a layer's top is its own ("platform/errors.ts"). */
export function unitOf(file: string): string {
  const parts = file.split('/');
  return parts.slice(0, 2).join('/');
}

function layerOf(unit: string): number {
  const index = LAYERS.indexOf(unit.split('/')[0] as (typeof LAYERS)[number]);
  if (index < 0) throw new Error(`${unit} is in no layer (electron/core holds only ${LAYERS.join(', ')})`);
  return index;
}

/** Every problem, one sentence each: imports up a layer, and loops between folders with the imports that close them. */
export function layerProblems(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  const graph = new Map<string, Map<string, string[]>>();
  for (const edge of edges) {
    const from = unitOf(edge.from);
    const to = unitOf(edge.to);
    if (from === to) continue;
    if (layerOf(from) < layerOf(to)) problems.push(`${edge.from} imports ${edge.to}: ${LAYERS[layerOf(from)]} must not import ${LAYERS[layerOf(to)]}`);
    const targets = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, targets);
    targets.set(to, [...(targets.get(to) ?? []), `${edge.from} -> ${edge.to}`]);
  }
  for (const component of stronglyConnected(graph)) {
    const inside = new Set(component);
    const closing = component.flatMap((u) => [...(graph.get(u) ?? [])].filter(([to]) => inside.has(to)).flatMap(([, via]) => via));
    problems.push(`folders import each other in a loop: ${[...component].sort().join(', ')} (${closing.join('; ')})`);
  }
  return problems;
}

/** Tarjan's algorithm: the groups of folders that reach each other (groups of one are no loop). */
function stronglyConnected(graph: ReadonlyMap<string, ReadonlyMap<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups;
}

/** The imports between files of electron/core (static, dynamic and type-only), read with TypeScript's own scanner. */
export function coreImportEdges(coreDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const files = fs.readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const source = fs.readFileSync(path.join(coreDir, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(source, true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.relative(coreDir, path.resolve(coreDir, path.dirname(file), fileName));
      if (target.startsWith('..')) continue;
      edges.push({ from: file.split(path.sep).join('/'), to: `${target.split(path.sep).join('/')}${target.endsWith('.ts') ? '' : '.ts'}` });
    }
  }
  return edges;
}
