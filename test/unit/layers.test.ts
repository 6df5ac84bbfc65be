import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreImportEdges, layerProblems } from '../helpers/layers';

const CORE = path.resolve(import.meta.dirname, '../../electron/core');

describe('the core in layers', () => {
  it('platform knows no feature, features know no app, and no two folders import each other', () => {
    const edges = coreImportEdges(CORE);
    expect(edges.length).toBeGreaterThan(300);
    expect(layerProblems(edges)).toEqual([]);
  });

  it('refuses a platform folder that imports a feature, and a feature that imports the app', () => {
    const problems = layerProblems([
      { from: 'platform/jobs/host.ts', to: 'features/import/importWorkers.ts' },
      { from: 'features/report/handlers.ts', to: 'app/core.ts' },
    ]);
    expect(problems).toEqual([
      'platform/jobs/host.ts imports features/import/importWorkers.ts: platform must not import features',
      'features/report/handlers.ts imports app/core.ts: features must not import app',
    ]);
  });

  it('refuses two folders that import each other, even the long way round, naming the imports', () => {
    const problems = layerProblems([
      { from: 'features/plans/pdf.ts', to: 'features/report/pdf.ts' },
      { from: 'features/report/coverage.ts', to: 'features/compliance/summary.ts' },
      { from: 'features/compliance/gap.ts', to: 'features/plans/reportSection.ts' },
      // inside one folder, files may import each other freely
      { from: 'features/report/pdf.ts', to: 'features/report/tables.ts' },
      { from: 'features/report/tables.ts', to: 'features/report/pdf.ts' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('folders import each other in a loop: features/compliance, features/plans, features/report');
    expect(problems[0]).toContain('features/plans/pdf.ts -> features/report/pdf.ts');
  });

  it('the real tree with one offending import added fails', () => {
    const edges = [...coreImportEdges(CORE), { from: 'platform/lists/table.ts', to: 'features/import/headers.ts' }];
    const problems = layerProblems(edges);
    expect(problems).toContain('platform/lists/table.ts imports features/import/headers.ts: platform must not import features');
    const loop = problems.find((p) => p.startsWith('folders import each other in a loop'));
    expect(loop).toMatch(/features\/import.*platform\/lists/);
  });
});
