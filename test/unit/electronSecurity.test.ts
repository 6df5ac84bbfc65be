import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { methodNames } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/contract/desktop';
import { CONTENT_SECURITY_POLICY, CSP_META_POLICY, withCspMeta } from '../../electron/csp';
import { resolveAppFile } from '../../electron/main/appFiles';
import { ipcRoutes, isTrustedSender, UNTRUSTED_SENDER, type IpcSenderEvent } from '../../electron/main/ipcRoutes';
import {
  guardFrameNavigation,
  guardNavigation,
  isAllowedExternal,
  isAllowedRequest,
  isAppUrl,
  mainWindowPreferences,
  refusePermissionCheck,
  refusePermissionRequest,
  refuseWebview,
  SECURE_WEB_PREFERENCES,
  windowOpenHandler,
} from '../../electron/main/policy';
import { resolveStaticFile, staticFileHeaders } from '../../electron/staticFiles';
import { newCore } from '../helpers/core';
import { callsIn, projectRoot, readSource } from '../helpers/source';
import { tempDir } from '../helpers/temp';

/**
 * Electron itself cannot start on this machine, so each item of Electron's security checklist is
 * checked here on the pure rules electron/main wires in (policy.ts, ipcRoutes.ts, appFiles.ts), on
 * the wiring itself (read with the TypeScript parser), and on electron-builder.yml.
 */

describe('the desktop window', () => {
  it('isolates the page from Node: context isolation, sandbox, no Node integration anywhere', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(mainWindowPreferences('/app/preload.cjs', true)).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: '/app/preload.cjs', devTools: false });
    expect(mainWindowPreferences('/app/preload.cjs', false).devTools).toBe(true);
  });

  it('is created with those preferences, loads only app://cakap, and the whole app is sandboxed', () => {
    const window = callsIn('electron/main/window.ts');
    const created = window.find((c) => c.callee === 'BrowserWindow');
    expect(created?.args[0]).toMatch(/webPreferences:\s*mainWindowPreferences\(/);
    expect(window.find((c) => c.callee === 'window.loadURL')?.args[0]).toBe('`${APP_ORIGIN}/index.html`');
    const main = callsIn('electron/main/main.ts').map((c) => c.callee);
    expect(main).toEqual(expect.arrayContaining(['app.enableSandbox', 'hardenApp', 'registerAppScheme', 'registerIpc']));
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );

  it("allows only the app's own scripts: no inline script, no eval, nothing by default", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Inline styles only, for Fluent UI's Griffel; the reason stays written beside it.
    const inline = [...directives].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(['style-src']);
    expect(readSource('electron/csp.ts')).toMatch(/Griffel[\s\S]*style-src 'self' 'unsafe-inline'/);
  });

  it('names no remote origin in any directive', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('is sent with every app:// file and also written into the built index.html', () => {
    expect(staticFileHeaders('/x/index.html')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(staticFileHeaders('/x/assets/a.js')['X-Content-Type-Options']).toBe('nosniff');
    const html = withCspMeta(readSource('renderer/index.html'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CSP_META_POLICY);
    expect(CSP_META_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});

describe('navigation, new windows, webviews, permissions and remote content', () => {
  const preventable = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    return event;
  };

  it('a page cannot navigate or be redirected away from app://cakap', () => {
    for (const url of ['https://evil.example/', 'file:///C:/Windows/win.ini', 'app://cakap.evil/', 'app://evil/index.html', 'javascript:alert(1)', 'http://127.0.0.1:80/']) {
      const event = preventable();
      guardNavigation(event, url);
      expect(event.prevented, url).toBe(true);
    }
    const own = preventable();
    guardNavigation(own, 'app://cakap/index.html#/pengaturan');
    expect(own.prevented).toBe(false);
    // Frames too (iframes have their own event).
    const frame = { ...preventable(), url: 'https://evil.example/' };
    frame.preventDefault = () => (frame.prevented = true);
    guardFrameNavigation(frame);
    expect(frame.prevented).toBe(true);
  });

  it('no window ever opens; only an official https link goes to the user browser', () => {
    const opened: string[] = [];
    const handler = windowOpenHandler((url) => opened.push(url));
    const urls = [
      'https://www.bpjsketenagakerjaan.go.id/',
      'https://www.bpjsketenagakerjaan.go.id.evil.example/',
      'http://www.bpjsketenagakerjaan.go.id/',
      'https://evil@www.bpjsketenagakerjaan.go.id/',
      'https://www.bpjsketenagakerjaan.go.id:8443/',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'app://cakap/index.html',
    ];
    for (const url of urls) expect(handler({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.bpjsketenagakerjaan.go.id/']);
    expect(isAllowedExternal('https://www.bpjsketenagakerjaan.go.id/informasi')).toBe(true);
  });

  it('webviews are refused and every permission is denied', () => {
    const event = preventable();
    refuseWebview(event);
    expect(event.prevented).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | undefined;
      refusePermissionRequest({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(refusePermissionCheck()).toBe(false);
  });

  it('no remote content: only app://cakap (and devtools) requests pass', () => {
    expect(isAllowedRequest('app://cakap/assets/index.js')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:3000/', 'file:///etc/passwd', 'app://other/x.js', 'ws://127.0.0.1/']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
    expect(isAppUrl('app://cakap')).toBe(true);
    expect(isAppUrl('app://user:pw@cakap/')).toBe(false);
  });

  it('security.ts wires each rule into every web contents and the session', () => {
    const calls = callsIn('electron/main/security.ts').map((c) => `${c.callee}(${c.args.join(', ')})`);
    expect(calls).toEqual(
      expect.arrayContaining([
        'ses.setPermissionRequestHandler(refusePermissionRequest)',
        'ses.setPermissionCheckHandler(refusePermissionCheck)',
        'ses.setDevicePermissionHandler(refusePermissionCheck)',
        "contents.on('will-navigate', guardNavigation)",
        "contents.on('will-redirect', guardNavigation)",
        "contents.on('will-frame-navigate', guardFrameNavigation)",
        "contents.on('will-attach-webview', refuseWebview)",
        'contents.setWindowOpenHandler(windowOpenHandler((url) => shell.openExternal(url)))',
        'callback({ cancel: !isAllowedRequest(details.url) })',
      ]),
    );
    expect(calls.some((c) => c.startsWith("app.on('web-contents-created'") && c.includes('hardenContents(contents)'))).toBe(true);
  });

  it('shell.openExternal is called nowhere but behind the allow-list', () => {
    const files = (fs.readdirSync(path.join(projectRoot, 'electron'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const callers = files.filter((f) => callsIn(`electron/${f}`).some((c) => c.callee.endsWith('.openExternal')));
    expect(callers).toEqual([path.join('main', 'security.ts')]);
  });
});

describe('IPC: sender checked, input validated', () => {
  const main = { id: 1 };
  const trusted: IpcSenderEvent = { sender: main, senderFrame: { url: 'app://cakap/index.html', parent: null } };
  const strangers: Record<string, IpcSenderEvent> = {
    'another window': { sender: { id: 2 }, senderFrame: { url: 'app://cakap/index.html', parent: null } },
    'an iframe in the window': { sender: main, senderFrame: { url: 'app://cakap/index.html', parent: { url: 'app://cakap/index.html' } } },
    'a page that navigated elsewhere': { sender: main, senderFrame: { url: 'https://evil.example/', parent: null } },
    'a local file': { sender: main, senderFrame: { url: 'file:///C:/Users/x/evil.html', parent: null } },
    'a look-alike origin': { sender: main, senderFrame: { url: 'app://cakap.evil/index.html', parent: null } },
    'a frame already gone': { sender: main, senderFrame: null },
  };

  it('accepts only the main window’s own top frame on app://cakap', () => {
    expect(isTrustedSender(trusted, main)).toBe(true);
    for (const [who, event] of Object.entries(strangers)) expect(isTrustedSender(event, main), who).toBe(false);
    expect(isTrustedSender(trusted, null)).toBe(false);
  });

  async function setup() {
    const core = await newCore();
    const dialogs = { opened: 0, saved: [] as string[], pick: null as string | null, saveTo: null as string | null };
    const routes = ipcRoutes(core, () => main, {
      openFile: async () => {
        dialogs.opened++;
        return dialogs.pick;
      },
      saveFile: async (name) => {
        dialogs.saved.push(name);
        return dialogs.saveTo;
      },
    });
    return { core, dialogs, routes };
  }

  it('has one route per contract method plus the two file dialogs, and nothing else', async () => {
    const { routes } = await setup();
    expect([...routes.keys()].sort()).toEqual(
      [...methodNames.map((m) => `${IPC_CHANNELS.apiPrefix}${m}`), IPC_CHANNELS.pickFile, IPC_CHANNELS.saveFile].sort(),
    );
    // ipc.ts hands exactly these routes to ipcMain and registers nothing by itself.
    const registrations = callsIn('electron/main/ipc.ts').filter((c) => c.callee.startsWith('ipcMain.'));
    expect(registrations).toEqual([{ callee: 'ipcMain.handle', args: ['channel', 'route'] }]);
  });

  it('every channel refuses a message from anywhere but the main window, and nothing runs', async () => {
    const { core, dialogs, routes } = await setup();
    for (const [channel, route] of routes) {
      const refusal = channel === IPC_CHANNELS.pickFile ? null : channel === IPC_CHANNELS.saveFile ? false : UNTRUSTED_SENDER;
      const args = channel === IPC_CHANNELS.saveFile ? ['x', 'y.xlsx'] : channel === IPC_CHANNELS.pickFile ? [[{ name: 'x', extensions: ['xlsx'] }]] : [{ year: 2025, percent: 20 }];
      for (const [who, event] of Object.entries(strangers)) expect(await route(event, ...args), `${channel} from ${who}`).toEqual(refusal);
    }
    expect(dialogs.opened).toBe(0);
    expect(dialogs.saved).toEqual([]);
    expect(await core.invoke('targets.list', {})).toEqual([]);
  });

  it('a call from the window still has its input validated before anything happens', async () => {
    const { core, dialogs, routes } = await setup();
    const call = (method: string, ...args: unknown[]) => routes.get(`${IPC_CHANNELS.apiPrefix}${method}`)!(trusted, ...args);
    expect(await call('targets.set', { year: 2025, percent: 101 })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Target tidak boleh lebih dari 100 %.' },
    });
    expect(await call('targets.set', { year: 2025, percent: 20 }, 'extra')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('targets.set', { year: 2025, percent: 20 })).toMatchObject({ ok: true });

    const pick = routes.get(IPC_CHANNELS.pickFile)!;
    expect(await pick(trusted, [{ name: 'x', extensions: ['../../evil'] }])).toBeNull();
    expect(await pick(trusted, 'xlsx')).toBeNull();
    expect(dialogs.opened).toBe(0);
    const picked = path.join(tempDir(), 'daftar.xlsx');
    fs.writeFileSync(picked, 'isi');
    dialogs.pick = picked;
    expect(await pick(trusted, [{ name: 'Lembar kerja', extensions: ['xlsx', 'csv'] }])).toMatchObject({ name: 'daftar.xlsx', size: 3 });

    const save = routes.get(IPC_CHANNELS.saveFile)!;
    expect(await save(trusted, 42, {})).toBe(false);
    expect(dialogs.saved).toEqual([]);
    const exported = core.context.files.tempPath('log.xlsx');
    fs.writeFileSync(exported, 'ekspor');
    const ref = core.context.files.register(exported, 'log.xlsx', true);
    dialogs.saveTo = path.join(tempDir(), 'disimpan.xlsx');
    expect(await save(trusted, ref.fileId, '../../Windows/log.xlsx')).toBe(true);
    expect(dialogs.saved).toEqual(['log.xlsx']);
    expect(fs.readFileSync(dialogs.saveTo, 'utf8')).toBe('ekspor');
  });

  it('the preload, bundled as the build bundles it, requires nothing but electron (a sandboxed preload cannot)', async () => {
    const result = await build({
      entryPoints: [path.join(projectRoot, 'electron/preload/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('the preload exposes four functions under window.cakap and nothing else', () => {
    const calls = callsIn('electron/preload/preload.ts');
    expect(calls.filter((c) => c.callee === 'contextBridge.exposeInMainWorld')).toEqual([{ callee: 'contextBridge.exposeInMainWorld', args: ["'cakap'", 'bridge'] }]);
    const invoked = calls.filter((c) => c.callee === 'ipcRenderer.invoke').map((c) => c.args[0]);
    expect(invoked).toEqual(['`${IPC_CHANNELS.apiPrefix}${method}`', 'IPC_CHANNELS.pickFile', 'IPC_CHANNELS.saveFile']);
  });
});

describe('the app:// protocol', () => {
  function renderer(): string {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(dir, 'renderer', 'assets', 'index.js'), '');
    fs.writeFileSync(path.join(dir, 'rahasia.sqlite'), 'data kantor');
    return path.join(dir, 'renderer');
  }

  it('serves files of the built renderer', () => {
    const root = renderer();
    expect(resolveAppFile(root, 'app://cakap/')).toEqual({ status: 200, file: path.join(root, 'index.html') });
    expect(resolveAppFile(root, 'app://cakap/assets/index.js')).toEqual({ status: 200, file: path.join(root, 'assets', 'index.js') });
  });

  it('never a file outside it, however the path is written', () => {
    const root = renderer();
    const attempts = [
      'app://cakap/../rahasia.sqlite',
      'app://cakap/%2e%2e/rahasia.sqlite',
      'app://cakap/%2E%2E%2Frahasia.sqlite',
      'app://cakap/assets/..%2f..%2frahasia.sqlite',
      'app://cakap/..%5crahasia.sqlite',
      'app://cakap/assets%5c..%5c..%5crahasia.sqlite',
      'app://cakap/%00index.html',
      'app://cakap/C:%2fWindows%2fwin.ini',
      'app://cakap//etc/passwd',
      'app://cakap/%E0%A4%A',
    ];
    for (const url of attempts) {
      const result = resolveAppFile(root, url);
      if (result.status === 200) expect(result.file.startsWith(root + path.sep), url).toBe(true);
      else expect(result.status, url).toBe(403);
    }
    // The same rule on a raw path, as the browser-mode bridge receives it (no URL normalisation first).
    for (const raw of ['/../rahasia.sqlite', '/%2e%2e/rahasia.sqlite', '/assets/..%2F..%2Frahasia.sqlite', '/..%5Crahasia.sqlite', '/%00']) {
      expect(resolveStaticFile(root, raw).status, raw).toBe(403);
    }
    expect(resolveAppFile(root, 'app://evil/index.html').status).toBe(404);
    expect(resolveAppFile(root, 'file:///etc/passwd').status).toBe(404);
  });

  it('protocol.ts serves what resolveAppFile allows, with the strict headers', () => {
    const calls = callsIn('electron/main/protocol.ts').map((c) => c.callee);
    expect(calls).toEqual(expect.arrayContaining(['resolveAppFile', 'staticFileHeaders', 'protocol.handle']));
  });
});

describe('the Windows installer (electron-builder.yml)', () => {
  const config = parseYaml(readSource('electron-builder.yml')) as Record<string, Record<string, unknown>>;
  const perMachine = parseYaml(readSource('electron-builder.per-machine.yml')) as Record<string, Record<string, unknown>>;

  it('sets the production fuses: no Node mode, no inspector, asar integrity, app only from asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The app is one archive (asar on, integrity checked by the fuse); only the native addon is outside it.
    expect(config.asar).toEqual({ smartUnpack: false });
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
  });

  it("the clerk's installer: one click, for the current user, no administrator rights, no mode page, the office data kept on uninstall", () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false });
    // A one-click installer refuses these (they belong to the assisted installer and its mode page).
    expect(config.nsis).not.toHaveProperty('allowToChangeInstallationDirectory');
    expect(config.nsis).not.toHaveProperty('allowElevation');
  });

  it("IT's installer: the same app for every user of the PC, from its own file name", () => {
    expect(perMachine).toEqual({
      extends: './electron-builder.yml',
      win: { artifactName: 'Cakap-Setup-${version}-semua-pengguna.${ext}' },
      nsis: { oneClick: true, perMachine: true },
    });
    expect(config.win!.artifactName).toBe('Cakap-Setup-${version}.${ext}');
  });

  it('ships only the build output, without source maps, of better-sqlite3 only what runs, of SheetJS only the build the bundle loads', () => {
    expect(config.files).toEqual([
      'dist/**/*',
      'package.json',
      '!**/*.map',
      '!**/node_modules/better-sqlite3/{deps,src}{,/**}',
      '!**/node_modules/better-sqlite3/build/!(Release){,/**}',
      '!**/node_modules/better-sqlite3/build/Release/!(better_sqlite3.node){,/**}',
      '!**/node_modules/@e965/xlsx/xlsx.mjs',
      '!**/node_modules/@e965/xlsx/dist/{xlsx.*.js,xlsx.*.mjs,*.full.mjs,shim.min.js}',
    ]);
  });
});

describe('the start of the desktop app', () => {
  const main = callsIn('electron/main/main.ts').map((c) => `${c.callee}(${c.args.join(', ')})`);
  const at = (pattern: RegExp) => main.findIndex((c) => pattern.test(c));

  it('answers --self-test before the single-instance lock, in a temporary user-data folder, and exits with its result', () => {
    expect(at(/^selfTestRequest\(process\.argv/)).toBeGreaterThanOrEqual(0);
    expect(at(/^app\.setPath\('userData', fs\.mkdtempSync/)).toBeGreaterThan(at(/^selfTestRequest/));
    expect(at(/^app\.setPath\('userData', fs\.mkdtempSync/)).toBeLessThan(at(/^app\.requestSingleInstanceLock/));
    expect(at(/^app\.exit\(code\)/)).toBeGreaterThanOrEqual(0);
  });

  it('keeps its data in Local AppData: userData is set before the lock (held per userData folder), the old database moved before it is opened', () => {
    expect(at(/^app\.setPath\('userData', userDataDir\(\)\)/)).toBeLessThan(at(/^app\.requestSingleInstanceLock/));
    expect(at(/^prepareDataFolder\(/)).toBeLessThan(at(/^openOfficeDatabase\(folder\.dbPath\)/));
  });
});

describe('Bantuan › Panduan Cakap', () => {
  it('shows the guide as a page of the window: an event on the existing channel, no navigation, no new window, nothing remote', () => {
    const menu = callsIn('electron/main/menu.ts');
    const sends = menu.filter((c) => c.callee.endsWith('webContents.send'));
    expect(sends).toEqual([{ callee: 'window()?.webContents.send', args: ['IPC_CHANNELS.event', 'OPEN_GUIDE'] }]);
    expect(menu.map((c) => c.callee)).not.toEqual(expect.arrayContaining([expect.stringMatching(/loadURL|openExternal|BrowserWindow/)]));
    expect(readSource('electron/main/menu.ts')).toContain("accelerator: 'F1'");
    // The page it opens exists, and the guide is bundled (no file or URL is read at run time).
    expect(readSource('renderer/src/navigation.ts')).toContain("{ id: 'panduan', label: 'Panduan' }");
    expect(readSource('renderer/src/pages/guide/GuidePage.tsx')).toContain("from '../../../../docs/panduan.md?raw'");
  });
});
