import { app, session, shell, type WebContents } from 'electron';
import {
  guardFrameNavigation,
  guardNavigation,
  isAllowedRequest,
  refusePermissionCheck,
  refusePermissionRequest,
  refuseWebview,
  windowOpenHandler,
} from './policy';

/**
 * Electron's security checklist, applied to every web contents the app ever creates: no
 * navigation away from app://, no new windows, no webviews, no permissions, no remote content.
 * The rules themselves live in policy.ts and are tested there; this file only wires them in.
 */
export function hardenApp(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(refusePermissionRequest);
  ses.setPermissionCheckHandler(refusePermissionCheck);
  ses.setDevicePermissionHandler(refusePermissionCheck);
  // Nothing leaves the machine: any request that is not app:// (or devtools) is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-frame-navigate', guardFrameNavigation);
  contents.on('will-attach-webview', refuseWebview);
  // Only allow-listed https links (isAllowedExternal) reach openExternal; see policy.ts.
  contents.setWindowOpenHandler(windowOpenHandler((url) => shell.openExternal(url))); /* eng-disable OPEN_EXTERNAL_JS_CHECK: the URL has passed isAllowedExternal (https, official agency hosts only), tested in test/unit/electronSecurity.test.ts */
}
