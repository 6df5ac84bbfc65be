/**
 * The Content-Security-Policy of every renderer page, in the desktop window and in browser mode:
 * only our own scripts, no inline script, no remote origins, no plugins, no framing.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  // Fluent UI (Griffel) and ECharts write their styles at run time; styles cannot run code,
  // so inline styles are allowed while scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

/** Sent as a header by the app:// protocol (electron/main/protocol.ts) and the bridge. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The same policy as a <meta> tag in index.html, so the page stays locked down even if a header
 * were lost. Browsers ignore (and complain about) frame-ancestors in a meta tag, so it is left out there.
 */
export const CSP_META_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

export function withCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CSP_META_POLICY}" />`;
  // Right after the charset declaration, before any script or style the policy governs.
  const anchor = /<meta charset="[^"]*"\s*\/?>/i;
  if (!anchor.test(html)) throw new Error('index.html has no <meta charset> to put the CSP meta tag after');
  return html.replace(anchor, (charset) => `${charset}\n    ${tag}`);
}
