import { BrowserWindow } from 'electron';
import { APP_ORIGIN, mainWindowPreferences } from './policy';

/** The one window, with the checklist's webPreferences from policy.ts (tested there). */
export function createMainWindow(preloadPath: string): BrowserWindow {
  // Electronegativity reads only literal options, so it cannot see SECURE_WEB_PREFERENCES; the next line says so.
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: webPreferences are SECURE_WEB_PREFERENCES from policy.ts (contextIsolation, sandbox, Auxclick disabled), pinned by test/unit/electronSecurity.test.ts
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Cakap',
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: mainWindowPreferences(preloadPath, !process.defaultApp),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
