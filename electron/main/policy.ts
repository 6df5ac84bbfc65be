/**
 * Electron's security checklist as plain data and pure functions. This file must not import the
 * `electron` package (dependency-cruiser rule "main-policy-is-pure"), so that test/unit/electronSecurity.test.ts
 * can check every rule under plain Node; window.ts, security.ts and protocol.ts only wire these in.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'cakap';
/** The renderer's origin: a standard, secure custom scheme instead of file://. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A page of our own renderer: exactly app://cakap, never another host or scheme. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** The only sites a link may open, in the user's own browser (shell.openExternal): official agencies. */
export const EXTERNAL_ALLOW: readonly string[] = ['www.bpjsketenagakerjaan.go.id'];

export function isAllowedExternal(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_ALLOW.includes(parsed.hostname)
  );
}

/** No remote content: the session cancels every request that is not for our own app:// files (or devtools). */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://');
}

/**
 * The main window's webPreferences: every security default of Electron's checklist set explicitly,
 * so a future Electron default change cannot loosen them.
 */
export const SECURE_WEB_PREFERENCES = {
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
  safeDialogs: true,
  // Middle-click (auxclick) would open links in new windows without going through setWindowOpenHandler.
  disableBlinkFeatures: 'Auxclick',
  spellcheck: false,
} as const;

export function mainWindowPreferences(preloadPath: string, packaged: boolean) {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath, devTools: !packaged };
}

/** Shapes of the Electron objects the handlers below touch, so they can be tested with plain objects. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-redirect: only within app://cakap. */
export function guardNavigation(event: PreventableEvent, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** will-frame-navigate (any frame, iframes included): only within app://cakap. */
export function guardFrameNavigation(details: PreventableEvent & { url: string }): void {
  if (!isAppUrl(details.url)) details.preventDefault();
}

/** will-attach-webview: never. */
export function refuseWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/** setWindowOpenHandler: no new window ever; allow-listed links open in the user's browser. */
export function windowOpenHandler(openExternal: (url: string) => unknown) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (isAllowedExternal(url)) void openExternal(url);
    return { action: 'deny' };
  };
}

/** setPermissionRequestHandler: camera, microphone, notifications, geolocation… all refused. */
export function refusePermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** setPermissionCheckHandler and setDevicePermissionHandler: nothing is granted. */
export function refusePermissionCheck(): boolean {
  return false;
}
