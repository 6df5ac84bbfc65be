import { resolveStaticFile, type StaticFileResolution } from '../staticFiles';
import { APP_HOST, APP_SCHEME } from './policy';

/**
 * Which file an app:// request may read: only one inside the built renderer folder, and only for
 * the host app://cakap. Pure (no Electron import) so that tests can throw traversal attempts at it.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): StaticFileResolution | { status: 404 } {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 404 };
  return resolveStaticFile(rendererDir, url.pathname);
}
