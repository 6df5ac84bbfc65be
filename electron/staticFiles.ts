import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The built renderer's files as the desktop app:// protocol and the browser-mode bridge serve them:
 * which file a URL path may read (never one outside the folder), and the headers it goes out with.
 */
export type StaticFileResolution = { status: 200; file: string } | { status: 403 };

export const STATIC_MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Maps a URL path to a file under root, refusing anything that could leave it: "..", encoded or
 * not, backslashes (a separator on Windows), NUL bytes, drive letters and undecodable escapes.
 */
export function resolveStaticFile(root: string, pathname: string): StaticFileResolution {
  const base = path.resolve(root);
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  } catch {
    return { status: 403 };
  }
  if (relative.includes('\0') || relative.includes('\\') || /(^|\/)\.\.(\/|$)/.test(relative) || /^\/*[a-zA-Z]:/.test(relative)) {
    return { status: 403 };
  }
  const file = path.resolve(base, `.${relative.startsWith('/') ? '' : '/'}${relative}`);
  if (!file.startsWith(base + path.sep)) return { status: 403 };
  return { status: 200, file };
}

/** Headers of every renderer file: its type, the strict CSP, and no MIME sniffing. */
export function staticFileHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': STATIC_MIME[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}
