/**
 * The layering of DESIGN.md section 4, enforced in `npm test` (as VS Code's layer rules are):
 * shared/ is pure, the core never reaches Electron or the renderer, the renderer reaches only shared/.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs on both sides: no Electron, no renderer, no Node built-ins, no core.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer)/|^node:|^(fs|path|os|child_process|worker_threads)$|node_modules/(electron|better-sqlite3|exceljs|pdfmake)/' },
    },
    {
      name: 'core-runs-in-plain-node',
      comment: 'electron/core runs in tests, the CLI and the bridge: it must not import Electron or the renderer.',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: '^renderer/|^electron/(main|preload|bridge|cli|demo)/|node_modules/electron/' },
    },
    {
      name: 'platform-knows-no-feature',
      comment: 'Inside electron/core: platform < features < app (test/unit/layers.test.ts also refuses loops between folders).',
      severity: 'error',
      from: { path: '^electron/core/platform/' },
      to: { path: '^electron/core/(features|app)/' },
    },
    {
      name: 'features-know-no-app',
      severity: 'error',
      from: { path: '^electron/core/features/' },
      to: { path: '^electron/core/app/' },
    },
    {
      name: 'renderer-only-shared',
      comment: 'The renderer is sandboxed: it reaches the core only through the API client, never Node or electron/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/|^node:|node_modules/(electron|better-sqlite3|exceljs|pdfmake|idn-area-data)/|^(fs|path|os|child_process)$' },
    },
    {
      name: 'main-policy-is-pure',
      comment:
        "Electron's checklist rules (policy, app:// files, IPC routes, CSP, static files) are tested under plain Node: no electron import.",
      severity: 'error',
      from: { path: '^electron/(main/(policy|appFiles|ipcRoutes)|staticFiles|csp)\\.ts$' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'preload-is-thin',
      comment: 'The preload may use electron and shared/ types only.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^electron/(core|main|bridge|cli)/|^renderer/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    exclude: { path: '^dist/' },
  },
};
