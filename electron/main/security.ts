import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/**
 * Electron's security checklist, applied to every web contents the app ever creates: no
 * navigation away from app://, no new windows, no webviews, no permissions, no remote content.
 */
export function hardenApp(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Nothing leaves the machine: any request that is not app:// (or devtools) is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the official agencies open in the user's browser; nothing else opens at all.
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

const EXTERNAL_ALLOW = ['https://www.bpjsketenagakerjaan.go.id/'];

export function isAllowedExternal(url: string): boolean {
  return EXTERNAL_ALLOW.some((prefix) => url.startsWith(prefix));
}
